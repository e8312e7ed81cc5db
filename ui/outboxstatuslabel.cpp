#include "outboxstatuslabel.h"

#include "core.h"
#include "notify/dispatcher.h"
#include "services/outboxservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>

OutboxStatusLabel::OutboxStatusLabel(Core& core, QLabel* label)
    : QObject(label), m_core(core), m_label(label), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &OutboxStatusLabel::refresh);
    auto later = [this] {
        if (!m_timer->isActive())
            m_timer->start();
    };
    connect(&core.outbox(), &OutboxService::outboxChanged, this, later);
    connect(&core.dispatcher(), &Dispatcher::messageChanged, this, later);
    connect(&core.database(), &Database::externalChange, this, later);
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
