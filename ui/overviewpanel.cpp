#include "overviewpanel.h"

#include "core.h"
#include "services/incidentservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

OverviewPanel::OverviewPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_view(new QTextBrowser(this))
{
    m_view->setObjectName(QStringLiteral("overviewText"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setOpenExternalLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
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
    if (!m_incidentId) {
        m_view->clear();
        return;
    }
    const auto found = m_core.incidents().get(m_incidentId);
    if (!found) {
        m_view->setPlainText(found.error());
        return;
    }
    const Incident& i = found.value();
    // Rich text, so long values wrap at the panel's width; every piece of user text is escaped.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    auto add = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td valign='top' style='color:#555; white-space:nowrap'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    add(tr("Severity:"), Severities::code(i.severity) + QStringLiteral(" — ") + Severities::definition(i.severity));
    add(tr("Status:"), IncidentStatuses::label(i.status));
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
    html += QStringLiteral("</table>");
    m_view->setHtml(html);
}

void OverviewPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    IncidentPanel::changeEvent(event);
}
