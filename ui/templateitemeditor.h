#pragma once

#include "domain/checklisttemplate.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The form for one template item: phase, owner role, time box, and the text in both languages.
class TemplateItemEditor final : public QWidget
{
    Q_OBJECT
public:
    // Where a time box counts from: the declaration (template items) or the moment the item is added.
    enum class TimeBoxFrom { Declaration, Now };
    explicit TemplateItemEditor(TimeBoxFrom from = TimeBoxFrom::Declaration, QWidget* parent = nullptr);

    void setItem(const TemplateItem& item, const QStringList& extraRoleKeys = {});
    TemplateItem item() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillCombos();

    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QComboBox* m_phase;
    QComboBox* m_role;
    QSpinBox* m_timeBox;
    QLineEdit* m_textEn;
    QLineEdit* m_textJa;
    QStringList m_extraRoles;
    TimeBoxFrom m_from;
    bool m_loading = false;
};
