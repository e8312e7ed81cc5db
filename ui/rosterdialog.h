#pragma once

#include <QDialog>

class Core;
class PeopleModel;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The roster: people, how to reach them, and CSV import (all rows or none, every bad row listed) and export.
class RosterDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RosterDialog(Core& core, QWidget* parent = nullptr);

    // The file-dialog-free halves of the import and export buttons (tests call these directly).
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void addPerson();
    void editPerson();
    void showErrors(const QString& title, const QString& errors);

    Core& m_core;
    PeopleModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_status;
    QPlainTextEdit* m_errors;
    QDialogButtonBox* m_buttons;
};
