#include "incidentworkspace.h"

#include "brainstormpanel.h"
#include "checklistpanel.h"
#include "commandstrip.h"
#include "core.h"
#include "deferredpanel.h"
#include "documentpanel.h"
#include "followupspanel.h"
#include "incidentpanel.h"
#include "notificationspanel.h"
#include "overviewpanel.h"
#include "reportspanel.h"
#include "roleboardpanel.h"
#include "services/incidentservice.h"
#include "severitypicker.h"
#include "storage/database.h"
#include "timelinepanel.h"
#include "uiformat.h"
#include "welcomepage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

IncidentWorkspace::IncidentWorkspace(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_stack(new QStackedWidget(this)), m_empty(new QWidget),
      m_drillBanner(new QLabel), m_code(new QLabel), m_title(new QLabel), m_severity(new QLabel),
      m_severityPicker(new SeverityPicker(core)), m_statusLabel(new QLabel), m_status(new QComboBox),
      m_tabs(new QTabWidget), m_strip(new CommandStrip(core))
{
    m_drillBanner->setObjectName(QStringLiteral("drillBanner"));
    m_code->setObjectName(QStringLiteral("incidentCode"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    m_status->setObjectName(QStringLiteral("incidentStatus"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_drillBanner->setAlignment(Qt::AlignCenter);
    m_drillBanner->setStyleSheet(
        QStringLiteral("background: #6a1b9a; color: white; font-weight: bold; padding: 4px;"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a title is user text: "<script>" must show, not vanish
    m_severity->setStyleSheet(QStringLiteral("color: white; font-weight: bold; padding: 2px 8px;"));

    auto* page = new QWidget;
    auto* header = new QHBoxLayout;
    m_severity->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    header->addWidget(m_code);
    header->addWidget(m_severity);
    header->addWidget(m_title, 1);
    header->addWidget(m_severityPicker);
    header->addWidget(m_statusLabel);
    header->addWidget(m_status);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_drillBanner);
    layout->addLayout(header);
    layout->addWidget(m_strip);
    layout->addWidget(m_tabs, 1);

    new QVBoxLayout(m_empty);
    m_empty->layout()->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // In the order of the work: who does what, what to do, what happened, who was told, and what comes after.
    // Tabs other than the overview build themselves when first shown, so start-up stays fast.
    addPanel(new OverviewPanel(core));
    auto* roles = new DeferredPanel([&core] { return new RoleBoardPanel(core); }, &RoleBoardPanel::name);
    roles->setObjectName(QStringLiteral("roleBoardTab"));
    addPanel(roles);
    addPanel(new DeferredPanel([&core] { return new ChecklistPanel(core); }, &ChecklistPanel::name));
    addPanel(new DeferredPanel([this, &core] { return reporting(new TimelinePanel(core)); }, &TimelinePanel::name));
    addPanel(new DeferredPanel([this, &core] { return reporting(new DocumentPanel(core)); }, &DocumentPanel::name));
    addPanel(new DeferredPanel([&core] { return new NotificationsPanel(core); }, &NotificationsPanel::name));
    addPanel(new DeferredPanel([this, &core] { return reporting(new BrainstormPanel(core)); }, &BrainstormPanel::name));
    addPanel(new DeferredPanel([&core] { return new FollowUpsPanel(core); }, &FollowUpsPanel::name));
    addPanel(new DeferredPanel([&core] { return new ReportsPanel(core); }, &ReportsPanel::name));

    connect(m_status, &QComboBox::activated, this, &IncidentWorkspace::onStatusPicked);
    connect(m_severityPicker, &SeverityPicker::errorOccurred, this, &IncidentWorkspace::errorOccurred);
    connect(&core.incidents(), &IncidentService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refreshHeader();
    });
    connect(&core.database(), &Database::externalChange, this, &IncidentWorkspace::refreshHeader);
    retranslateUi();
}

template <typename Panel>
Panel* IncidentWorkspace::reporting(Panel* panel)
{
    connect(panel, &Panel::errorOccurred, this, &IncidentWorkspace::errorOccurred);
    return panel;
}

void IncidentWorkspace::addPanel(IncidentPanel* panel)
{
    m_panels << panel;
    m_tabs->addTab(panel, panel->title());
    panel->setIncident(m_incidentId);
}

void IncidentWorkspace::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    if (!incidentId && !m_welcome) {
        // Made when first needed: even hidden, a stacked page's wrapped text is measured with the workspace,
        // about 5 M instructions of a start-up that opens on an incident (tests/bench/bench_foundation).
        m_welcome = new WelcomePage;
        connect(m_welcome, &WelcomePage::declareRequested, this, &IncidentWorkspace::declareRequested);
        connect(m_welcome, &WelcomePage::drillRequested, this, &IncidentWorkspace::drillRequested);
        m_empty->layout()->addWidget(m_welcome);
    }
    m_stack->setCurrentIndex(incidentId ? 1 : 0);
    m_strip->setIncident(incidentId);
    refreshHeader();
    for (IncidentPanel* p : std::as_const(m_panels))
        p->setIncident(incidentId);
}

void IncidentWorkspace::refreshHeader()
{
    if (!m_incidentId)
        return;
    const auto found = m_core.incidents().get(m_incidentId);
    if (!found)
        return;
    const Incident& i = found.value();
    m_code->setText(i.code);
    m_title->setText(i.title);
    m_severity->setText(Severities::code(i.severity));
    m_severity->setToolTip(Severities::definition(i.severity));
    m_severity->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; padding: 2px 8px;")
                                  .arg(UiFormat::severityColor(i.severity).name()));
    m_drillBanner->setVisible(i.isDrill);
    m_severityPicker->setIncident(i);
    const QSignalBlocker block(m_status);
    m_status->clear();
    for (IncidentStatus s : IncidentStatuses::all())
        m_status->addItem(IncidentStatuses::label(s), int(s));
    m_status->setCurrentIndex(int(i.status));
    m_status->setEnabled(i.status != IncidentStatus::Closed);
}

void IncidentWorkspace::onStatusPicked(int index)
{
    const auto to = IncidentStatus(m_status->itemData(index).toInt());
    if (Status s = m_core.incidents().setStatus(m_incidentId, to, m_core.userName()); !s) {
        emit errorOccurred(s.error());
        refreshHeader();
    }
}

void IncidentWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentWorkspace::retranslateUi()
{
    m_drillBanner->setText(tr("DRILL — this is an exercise, not a real incident"));
    m_statusLabel->setText(tr("Status:"));
    for (int t = 0; t < m_tabs->count(); ++t)
        if (auto* panel = qobject_cast<IncidentPanel*>(m_tabs->widget(t)))
            m_tabs->setTabText(t, panel->title());
    refreshHeader();
}
