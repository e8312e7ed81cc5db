#include "overviewpanel.h"

#include "core.h"
#include "services/incidentservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

OverviewPanel::OverviewPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_form(new QFormLayout)
{
    auto* inner = new QWidget;
    inner->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(&core.incidents(), &IncidentService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.database(), &Database::externalChange, this, &OverviewPanel::refresh);
}

void OverviewPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

QString OverviewPanel::title() const
{
    return tr("Overview");
}

void OverviewPanel::refresh()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!m_incidentId)
        return;
    const auto found = m_core.incidents().get(m_incidentId);
    if (!found) {
        m_form->addRow(new QLabel(found.error()));
        return;
    }
    const Incident& i = found.value();
    auto add = [this](const QString& label, const QString& value, const char* name = nullptr) {
        auto* v = new QLabel(value);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (name)
            v->setObjectName(QString::fromLatin1(name));
        m_form->addRow(new QLabel(label), v);
    };
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    add(tr("Severity:"), Severities::code(i.severity) + QStringLiteral(" — ") + Severities::definition(i.severity),
        "overviewSeverity");
    add(tr("Status:"), IncidentStatuses::label(i.status), "overviewStatus");
    add(tr("Customer impact:"), i.impact.isEmpty() ? tr("(not described yet)") : i.impact);
    add(tr("Summary:"), i.summary.isEmpty() ? tr("(not written yet)") : i.summary);
    add(tr("Detected:"), UiFormat::dateTime(i.detectedAt));
    add(tr("Declared:"), i.isDeclared() ? UiFormat::dateTime(i.declaredAt) : tr("Not declared yet"));
    add(tr("Mitigated:"), UiFormat::dateTime(i.mitigatedAt));
    add(tr("Resolved:"), UiFormat::dateTime(i.resolvedAt));
    add(tr("Closed:"), UiFormat::dateTime(i.closedAt));
    add(tr("Another team needed:"), yesNo(i.answers.secondTeamNeeded));
    add(tr("Customers affected:"), yesNo(i.answers.customersAffected));
    add(tr("Unsolved after an hour:"), yesNo(i.answers.unresolvedAfterHour));
}

void OverviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    IncidentPanel::changeEvent(event);
}
