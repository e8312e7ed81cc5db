#include "followupspanel.h"

#include "core.h"
#include "followuplist.h"
#include "services/followupservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FollowUpsPanel::FollowUpsPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_list(new FollowUpList(core, false)), m_add(new QPushButton),
      m_summary(new QLabel)
{
    m_add->setObjectName(QStringLiteral("addFollowUp"));
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_list->buttonRow()->insertWidget(0, m_summary);
    m_list->buttonRow()->insertWidget(1, m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &FollowUpsPanel::addFollowUp);
    connect(&core.followUps(), &FollowUpService::followUpChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            refresh();
    });
    connect(&core.database(), &Database::externalChange, this, &FollowUpsPanel::refresh);
    retranslateUi();
}

QString FollowUpsPanel::name()
{
    return tr("Follow-ups");
}

void FollowUpsPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

qint64 FollowUpsPanel::addFollowUp()
{
    FollowUp f;
    f.incidentId = m_incidentId;
    return m_list->editInDialog(f);
}

void FollowUpsPanel::refresh()
{
    m_add->setEnabled(m_incidentId != 0);
    QList<FollowUp> items;
    if (m_incidentId) {
        FollowUpStore::Filter filter;
        filter.incidentId = m_incidentId;
        if (auto r = m_core.followUps().list(filter))
            items = r.value();
    }
    m_list->setItems(items);
    int open = 0;
    int overdue = 0;
    const QDate today = m_core.followUps().today();
    for (const FollowUp& f : items) {
        open += f.isOpen() ? 1 : 0;
        overdue += f.isOverdue(today) ? 1 : 0;
    }
    m_summary->setText(tr("%n open", "", open) + QStringLiteral(" · ") + tr("%n overdue", "", overdue));
}

void FollowUpsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void FollowUpsPanel::retranslateUi()
{
    m_add->setText(tr("Add follow-up…"));
    refresh();
}
