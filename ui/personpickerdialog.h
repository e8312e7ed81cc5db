#pragma once

#include <QDialog>

#include <optional>

class Core;
class PeopleModel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// Picks a person from the roster for a role, with a filter and the on-call person suggested.
class PersonPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    PersonPickerDialog(Core& core, const QString& roleKey, QWidget* parent = nullptr);

    qint64 personId() const; // 0 when none is selected
    void selectPerson(qint64 personId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();

    Core& m_core;
    QString m_roleKey;
    PeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_prompt;
    QLabel* m_suggestion;
    QLineEdit* m_filter;
    QListView* m_list;
    QDialogButtonBox* m_buttons;
};
