#pragma once

#include "domain/audience.h"

#include <QList>
#include <QWidget>

class Core;
class QListWidget;
class QPushButton;

// The channels an update goes to: a checkable list (disabled channels greyed, with the reason), and
// buttons to add or edit a channel in the ChannelDialog.
class ChannelPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ChannelPicker(Core& core, QWidget* parent = nullptr);
    QList<qint64> checkedChannels() const;
    // Checks the enabled channels meant for this audience.
    void checkFor(Audience audience);
    void setChecked(qint64 channelId, bool checked);
    QListWidget* list() const { return m_list; }

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslateUi();
    void editChannel(qint64 id);

    Core& m_core;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
};
