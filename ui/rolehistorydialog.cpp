#include "rolehistorydialog.h"

#include "core.h"
#include "rolehistorymodel.h"
#include "services/roleservice.h"
#include "uiformat.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

RoleHistoryDialog::RoleHistoryDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent)
    : QDialog(parent), m_core(core), m_incidentId(incidentId), m_roleKey(roleKey),
      m_model(new RoleHistoryModel(core, this)), m_view(new QTableView(this)),
      m_handoffsLabel(new QLabel(this)), m_handoffs(new QTextBrowser(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("roleHistoryDialog"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_handoffs->setObjectName(QStringLiteral("handoffBriefings"));
    m_model->setIncident(incidentId, roleKey);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_handoffsLabel);
    layout->addWidget(m_handoffs, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&core.roles(), &RoleService::rolesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            retranslateUi();
    });
    retranslateUi();
    resize(760, 520);
}

void RoleHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->reload();
    }
    QDialog::changeEvent(event);
}

void RoleHistoryDialog::retranslateUi()
{
    const auto role = m_core.roles().definition(m_roleKey);
    setWindowTitle(m_roleKey.isEmpty() || !role ? tr("Role history")
                                                : tr("History of %1").arg(role->displayName()));
    m_handoffsLabel->setText(tr("Handoffs and their briefings:"));
    QString html;
    if (const auto handoffs = m_core.roles().handoffs(m_incidentId, m_roleKey)) {
        for (const Handoff& h : handoffs.value()) {
            const auto def = m_core.roles().definition(h.roleKey);
            html += QStringLiteral("<h4>%1</h4><p>%2</p><pre>%3</pre>")
                        .arg(tr("%1 → %2 (%3)")
                                 .arg(h.fromName.toHtmlEscaped(), h.toName.toHtmlEscaped(),
                                      (def ? def->displayName() : h.roleKey).toHtmlEscaped()),
                             tr("Acknowledged %1").arg(UiFormat::dateTime(h.acknowledgedAt)).toHtmlEscaped(),
                             h.briefing.toText().toHtmlEscaped());
        }
        if (handoffs->isEmpty())
            html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No handoff yet.").toHtmlEscaped());
    }
    m_handoffs->setHtml(html);
}
