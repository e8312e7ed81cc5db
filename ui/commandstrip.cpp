#include "commandstrip.h"

#include "core.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

CommandStrip::CommandStrip(Core& core, QWidget* parent)
    : QFrame(parent), m_core(core), m_commander(new QLabel(this)), m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("commandStrip"));
    m_commander->setObjectName(QStringLiteral("stripCommander"));
    m_next->setObjectName(QStringLiteral("stripNextIc"));
    for (QLabel* l : {m_commander, m_next}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("CommandStrip { background: palette(alternate-base); }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_commander, 3);
    layout->addWidget(m_next, 2);
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

void CommandStrip::refresh()
{
    const auto board = m_incidentId ? m_core.roles().board(m_incidentId) : Result<RoleBoard>(fail(QString()));
    setVisible(board.ok());
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
