#pragma once

#include <QDialog>

class Core;
class QComboBox;
class QLabel;
class QTableWidget;

// Drill history per person: who practised which role, in which drill, when, and the total score —
// the training ladder.
class DrillHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DrillHistoryDialog(Core& core, QWidget* parent = nullptr);

    void showPerson(const QString& person);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();

    Core& m_core;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QTableWidget* m_table;
};
