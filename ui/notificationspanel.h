#pragma once

#include "incidentpanel.h"

class CadenceStrip;
class ComposerWidget;
class Core;
class OutboxView;
class QTabWidget;

// The notifications tab: update cadence per audience, the composer, and the incident's outbox.
class NotificationsPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit NotificationsPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override;
    static QString name(); // the tab's title in the current language

    ComposerWidget* composer() const { return m_composer; }
    OutboxView* outbox() const { return m_outbox; }
    CadenceStrip* cadence() const { return m_cadence; }
    QTabWidget* pages() const { return m_pages; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    CadenceStrip* m_cadence;
    QTabWidget* m_pages;
    ComposerWidget* m_composer;
    OutboxView* m_outbox;
};
