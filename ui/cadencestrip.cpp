#include "cadencestrip.h"

#include "core.h"
#include "domain/clock.h"
#include "services/cadenceservice.h"
#include "services/notificationservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

CadenceStrip::CadenceStrip(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("cadenceStrip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Audience a : Audiences::all()) {
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("cadence_%1").arg(Audiences::key(a)));
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(4);
        label->setWordWrap(true); // "Responders: next update in 29:23 (every 30 min)" is wider than a third
        m_labels << label;
        layout->addWidget(label, 1);
    }
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CadenceStrip::refresh);
    connect(&core.notifications(), &NotificationService::updateSent, this, &CadenceStrip::refresh);
    connect(&core.cadence(), &CadenceService::cadenceChanged, this, &CadenceStrip::refresh);
    m_timer->start();
}

void CadenceStrip::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

QString CadenceStrip::text() const
{
    QStringList parts;
    for (const QLabel* l : m_labels)
        parts << l->text();
    return parts.join(QLatin1Char('\n'));
}

void CadenceStrip::refresh()
{
    const auto due = m_incidentId ? m_core.cadence().dueTimes(m_incidentId)
                                  : Result<QList<CadenceService::Due>>(QList<CadenceService::Due>{});
    const QDateTime now = m_core.clock().now();
    for (int k = 0; k < m_labels.size(); ++k) {
        QLabel* label = m_labels.at(k);
        const Audience audience = Audiences::all().at(k);
        label->setStyleSheet(QString());
        if (!due || due->isEmpty()) {
            label->setText(tr("%1: no updates due").arg(Audiences::label(audience)));
            continue;
        }
        const CadenceService::Due& d = due->at(k);
        if (d.intervalMinutes == 0) {
            label->setText(tr("%1: no fixed cadence").arg(Audiences::label(audience)));
        } else if (d.overdue) {
            const qint64 late = qMax<qint64>(1, d.dueAt.secsTo(now) / 60);
            label->setText(tr("%1: update overdue by %n min", "", int(late)).arg(Audiences::label(audience)));
            label->setStyleSheet(QStringLiteral("background: #c62828; color: white; font-weight: bold;"));
        } else {
            const qint64 seconds = now.secsTo(d.dueAt);
            label->setText(
                tr("%1: next update in %2 (every %n min)", "", d.intervalMinutes)
                    .arg(Audiences::label(audience), QStringLiteral("%1:%2")
                                                         .arg(seconds / 60)
                                                         .arg(seconds % 60, 2, 10, QLatin1Char('0'))));
        }
    }
}

void CadenceStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
