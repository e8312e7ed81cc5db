#pragma once

#include "incidentpanel.h"

class Core;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class TimelineModel;

// The timeline tab: the entries of the incident and one input always at hand.
class TimelinePanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit TimelinePanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override;
    TimelineModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();

    Core& m_core;
    TimelineModel* m_model;
    QTableView* m_view;
    QComboBox* m_kind;
    QLineEdit* m_input;
    QLabel* m_error;
};
