#pragma once

#include "incidentpanel.h"

class Core;
class FollowUpList;
class QLabel;
class QPushButton;

// The incident's Follow-ups tab: its action items, added, edited and closed here.
class FollowUpsPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit FollowUpsPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language
    FollowUpList* list() const { return m_list; }
    qint64 addFollowUp(); // opens the dialog; returns the new id or 0

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();

    Core& m_core;
    qint64 m_incidentId = 0;
    FollowUpList* m_list;
    QPushButton* m_add;
    QLabel* m_summary;
};
