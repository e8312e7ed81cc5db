#pragma once

#include "domain/audience.h"

#include <QGroupBox>
#include <QList>

class ChannelPicker;
class Core;
class QComboBox;
class QLabel;

// "Announce to channels" in the handoff dialog: which channels get the handoff notice (the composer's
// ChannelPicker: disabled ones greyed with the reason, channels can be added here), and in which language.
// Handing off command is announced to the responders' channels by default (everyone must know who is in
// charge now); other roles only when asked. Hidden when no channel is set up.
class HandoffAnnounceBox final : public QGroupBox
{
    Q_OBJECT
public:
    HandoffAnnounceBox(Core& core, bool announceByDefault, QWidget* parent = nullptr);

    // Empty when the box is unticked or nothing is chosen.
    QList<qint64> channelIds() const;
    MessageLanguage language() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_channelsLabel;
    ChannelPicker* m_channels;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};
