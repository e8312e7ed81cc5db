#pragma once

#include <QWidget>

class Core;
class QLabel;
class QPushButton;
class QTableWidget;

// "Changes made to production": the Planning lead's list of every deviation from normal, with how to put
// it back and whether it has been put back. Add, correct (history kept) and mark reverted.
class ChangesWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesWidget(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);
    QTableWidget* table() const { return m_table; }

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    qint64 selectedId() const;
    void addChange();
    void editChange();
    void revertChange();
    void showHistory();

    Core& m_core;
    qint64 m_incidentId = 0;
    QLabel* m_title;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_revert;
    QPushButton* m_history;
};
