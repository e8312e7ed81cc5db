#include "commandstrip.h"

#include "core.h"
#include "domain/clock.h"
#include "report/reportlanguage.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

CommandStrip::CommandStrip(Core& core, QWidget* parent)
    : QFrame(parent), m_core(core), m_commander(new QLabel(this)), m_clock(new QLabel(this)),
      m_next(new QLabel(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("commandStrip"));
    m_commander->setObjectName(QStringLiteral("stripCommander"));
    m_clock->setObjectName(QStringLiteral("stripClock"));
    m_next->setObjectName(QStringLiteral("stripNextIc"));
    m_clock->setTextFormat(Qt::PlainText); // short: not wrapped, so it adds no height-for-width layout pass
    for (QLabel* l : {m_commander, m_next}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("CommandStrip { background: palette(alternate-base); }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_commander, 3);
    layout->addWidget(m_clock, 2);
    layout->addWidget(m_next, 2);
    // Minutes are what the clock shows: a tick every half minute keeps it within one.
    m_tick->setInterval(30000);
    connect(m_tick, &QTimer::timeout, this, &CommandStrip::refreshClock);
    connect(&core.incidents(), &IncidentService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refreshClock();
    });
    connect(&core.roles(), &RoleService::rolesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.people(), &PersonService::peopleChanged, this, &CommandStrip::refresh);
    connect(&core.database(), &Database::externalChange, this, &CommandStrip::refresh);
}

void CommandStrip::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

// How long the incident has run, on the IC's clock: since it was declared (or, before that, since the
// investigation began); once resolved, how long it lasted from detection.
void CommandStrip::refreshClock()
{
    const auto incident =
        m_incidentId ? m_core.incidents().get(m_incidentId) : Result<Incident>(fail(QString()));
    if (!incident) {
        m_tick->stop();
        m_clock->clear();
        return;
    }
    const Incident& i = incident.value();
    const ReportLanguage lang(QLocale().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                                        : QStringLiteral("en"));
    const QDateTime began = i.detectedAt.isValid() ? i.detectedAt : i.createdAt;
    const QDateTime ended = i.resolvedAt.isValid() ? i.resolvedAt : i.closedAt;
    if (ended.isValid()) {
        m_tick->stop();
        m_clock->setText(tr("Resolved after %1").arg(lang.duration(began.msecsTo(ended))));
        return;
    }
    const QDateTime now = m_core.clock().now();
    if (i.isDeclared())
        m_clock->setText(i.declaredAt.secsTo(now) < 60
                             ? tr("Declared just now")
                             : tr("Declared %1 ago").arg(lang.duration(i.declaredAt.msecsTo(now))));
    else
        m_clock->setText(tr("Investigating for %1").arg(lang.duration(began.msecsTo(now))));
    m_tick->start();
}

void CommandStrip::refresh()
{
    const auto board = m_incidentId ? m_core.roles().board(m_incidentId) : Result<RoleBoard>(fail(QString()));
    setVisible(board.ok());
    refreshClock();
    if (!board)
        return;
    const auto ic = board->commander();
    if (ic) {
        const QString reach = ic->reachText().isEmpty() ? tr("no contact on the roster") : ic->reachText();
        m_commander->setText(
            tr("<b>IC:</b> %1 — reach: %2").arg(ic->name.toHtmlEscaped(), reach.toHtmlEscaped()));
        m_commander->setStyleSheet(QString());
    } else {
        m_commander->setText(tr("<b>No Incident Commander.</b> Take command on the Roles tab."));
        m_commander->setStyleSheet(QStringLiteral("color: #c62828;"));
    }
    const auto next = board->nextCommander();
    m_next->setText(next ? tr("<b>Next IC:</b> %1").arg(next->label().toHtmlEscaped())
                         : tr("<b>Next IC:</b> not named yet"));
}

void CommandStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
