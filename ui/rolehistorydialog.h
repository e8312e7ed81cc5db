#pragma once

#include <QDialog>

class Core;
class QDialogButtonBox;
class QLabel;
class QTableView;
class QTextBrowser;
class RoleHistoryModel;

// Who held a role (or every role) from when to when, and the briefings given at each handoff.
class RoleHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    RoleHistoryDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent = nullptr);
    RoleHistoryModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Core& m_core;
    qint64 m_incidentId;
    QString m_roleKey;
    RoleHistoryModel* m_model;
    QTableView* m_view;
    QLabel* m_handoffsLabel;
    QTextBrowser* m_handoffs;
    QDialogButtonBox* m_buttons;
};
