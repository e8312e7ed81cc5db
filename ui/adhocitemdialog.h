#pragma once

#include "domain/checklisttemplate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class TemplateItemEditor;

// Adds an item to a running incident's checklist: phase, owner role, a time box from now, and the text in
// either or both languages (the other falls back to it).
class AdHocItemDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AdHocItemDialog(QWidget* parent = nullptr);
    void setItem(const TemplateItem& item);
    TemplateItem item() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateOk();

    QLabel* m_hint;
    TemplateItemEditor* m_editor;
    QDialogButtonBox* m_buttons;
};
