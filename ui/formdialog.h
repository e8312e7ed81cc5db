#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// A dialog of labelled fields with an inline error and Save/Cancel: the shape shared by the small
// editors (person, custom role). Subclasses add their fields, set the labels in retranslateUi(), and save
// in accept(), calling showError() and returning when the service refuses.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget* parent = nullptr);

protected:
    QLineEdit* addField(const char* objectName);
    void addRow(QWidget* field); // any other editor, labelled by setLabels() like the line edits
    void setLabels(const QStringList& labels); // one per field, in order
    void showError(const QString& message);
    // Call at the end of the subclass constructor, once every field is added.
    void finishLayout();

private:
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
