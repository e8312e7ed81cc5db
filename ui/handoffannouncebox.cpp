#include "handoffannouncebox.h"

#include "channelpicker.h"
#include "domain/localizedtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

HandoffAnnounceBox::HandoffAnnounceBox(Core& core, bool announceByDefault, QWidget* parent)
    : QGroupBox(parent), m_channelsLabel(new QLabel(this)), m_channels(new ChannelPicker(core, this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("announceHandoff"));
    m_channels->list()->setObjectName(QStringLiteral("announceChannels"));
    m_language->setObjectName(QStringLiteral("announceLanguage"));
    setCheckable(true);
    m_channels->checkFor(Audience::Responders);
    for (MessageLanguage l : MessageLanguages::all())
        m_language->addItem(MessageLanguages::label(l), QVariant::fromValue(int(l)));
    m_language->setCurrentIndex(m_language->findData(
        int(LocalizedText::currentLanguage() == QStringLiteral("ja") ? MessageLanguage::Japanese
                                                                     : MessageLanguage::English)));
    auto* form = new QFormLayout(this);
    form->addRow(m_channelsLabel, m_channels);
    form->addRow(m_languageLabel, m_language);
    setChecked(announceByDefault);
    setVisible(m_channels->list()->count() > 0);
    retranslateUi();
}

QList<qint64> HandoffAnnounceBox::channelIds() const
{
    if (!isChecked() || isHidden())
        return {};
    return m_channels->checkedChannels();
}

MessageLanguage HandoffAnnounceBox::language() const
{
    return MessageLanguage(m_language->currentData().toInt());
}

void HandoffAnnounceBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void HandoffAnnounceBox::retranslateUi()
{
    setTitle(tr("Announce the handoff to channels"));
    m_channelsLabel->setText(tr("Channels:"));
    m_languageLabel->setText(tr("Message language:"));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, MessageLanguages::label(MessageLanguage(m_language->itemData(i).toInt())));
    setToolTip(tr("Sends the \"Handoff notice\" template with the briefing, through the outbox, in the same "
                  "step that records the handoff."));
}
