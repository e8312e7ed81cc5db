#include "reportsmenu.h"

#include "followupsoverviewdialog.h"
#include "metricsdialog.h"

#include <QEvent>

namespace {
// Each window is opened once and raised again afterwards; it is deleted when closed.
template <typename Dialog>
void showSingle(QPointer<Dialog>& slot, Core& core, QWidget* parent)
{
    if (!slot) {
        slot = new Dialog(core, parent);
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
}
} // namespace

ReportsMenu::ReportsMenu(Core& core, QWidget* parent) : QMenu(parent), m_core(core)
{
    setObjectName(QStringLiteral("reportsMenu"));
    m_followUps = addAction(QString());
    m_followUps->setObjectName(QStringLiteral("followUpsAction"));
    m_metrics = addAction(QString());
    m_metrics->setObjectName(QStringLiteral("metricsAction"));
    m_metrics->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    auto followUps = std::make_shared<QPointer<FollowUpsOverviewDialog>>();
    auto metrics = std::make_shared<QPointer<MetricsDialog>>();
    connect(m_followUps, &QAction::triggered, this, [this, followUps] { showSingle(*followUps, m_core, parentWidget()); });
    connect(m_metrics, &QAction::triggered, this, [this, metrics] { showSingle(*metrics, m_core, parentWidget()); });
    retranslateUi();
}

void ReportsMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void ReportsMenu::retranslateUi()
{
    setTitle(tr("&Reports"));
    m_followUps->setText(tr("&Follow-ups across incidents…"));
    m_metrics->setText(tr("Incident &metrics…"));
}
