#pragma once

#include <QWidget>

class IncidentListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// The left side of the window: the incident list, the drill filter and the declare button.
class IncidentListPanel final : public QWidget
{
    Q_OBJECT
public:
    // Shows `model` and takes it over.
    explicit IncidentListPanel(IncidentListModel* model, QWidget* parent = nullptr);

    IncidentListModel* model() const { return m_model; }
    void select(qint64 incidentId);
    qint64 selectedId() const;

signals:
    void incidentSelected(qint64 id);
    void declareRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sizeColumns();
    void sizeCodeColumn();
    void emitSelection();

    IncidentListModel* m_model;
    QTableView* m_view;
    QCheckBox* m_showDrills;
    QPushButton* m_declare;
    QLabel* m_heading;
    qint64 m_selected = 0;
    int m_codeSizedForDrills = -1; // what the code column was last sized for: 0 no drills listed, 1 drills
};
