#include "outboxstatuslabel.h"

#include "core.h"
#include "notify/dispatcher.h"
#include "outboxwatcher.h"
#include "services/outboxservice.h"

#include <QEvent>
#include <QLabel>

OutboxStatusLabel::OutboxStatusLabel(Core& core, QLabel* label) : QObject(label), m_core(core), m_label(label)
{
    connect(new OutboxWatcher(core, 300, this), &OutboxWatcher::changed, this, &OutboxStatusLabel::refresh);
    label->installEventFilter(this);
    refresh();
    label->show();
}

void OutboxStatusLabel::refresh()
{
    (void)m_core.dispatcher().flush();
    const auto n = m_core.outbox().undeliveredCount();
    const int count = n ? n.value() : 0;
    m_label->setText(tr("Outbox: %n undelivered", "", count));
    m_label->setStyleSheet(count > 0 ? QStringLiteral("color: #ef6c00; font-weight: bold;") : QString());
}

bool OutboxStatusLabel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_label && event->type() == QEvent::LanguageChange)
        refresh();
    return QObject::eventFilter(watched, event);
}
