#include "notificationspanel.h"

#include "cadencestrip.h"
#include "composerwidget.h"
#include "outboxview.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

NotificationsPanel::NotificationsPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_cadence(new CadenceStrip(core)), m_pages(new QTabWidget),
      m_composer(new ComposerWidget(core)), m_outbox(new OutboxView(core))
{
    setObjectName(QStringLiteral("notificationsPanel"));
    m_pages->setObjectName(QStringLiteral("notificationPages"));
    m_pages->addTab(m_composer, QString());
    m_pages->addTab(m_outbox, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_cadence);
    layout->addWidget(m_pages, 1);
    retranslateUi();
}

void NotificationsPanel::setIncident(qint64 incidentId)
{
    m_cadence->setIncident(incidentId);
    m_composer->setIncident(incidentId);
    m_outbox->setIncident(incidentId);
}

QString NotificationsPanel::title() const
{
    return name();
}

QString NotificationsPanel::name()
{
    return tr("Notifications");
}

void NotificationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void NotificationsPanel::retranslateUi()
{
    m_pages->setTabText(0, tr("Compose update"));
    m_pages->setTabText(1, tr("Outbox"));
}
