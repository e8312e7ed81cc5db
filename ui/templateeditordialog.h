#pragma once

#include "domain/checklisttemplate.h"

#include <QDialog>

class Core;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class TemplateItemEditor;

// Edits the team's checklist templates: pick a template, add, remove and reorder items, write each in
// English and Japanese, assign owner roles and time boxes; import and export JSON. Changes stay in the
// dialog until Save, which validates and writes them in one transaction.
class TemplateEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateEditorDialog(Core& core, QWidget* parent = nullptr);

    void selectTemplate(const QString& key);
    const ChecklistTemplate& working() const { return m_working; }
    bool isDirty() const { return m_dirty; }
    void selectItem(int row);
    // The file actions without their file dialogs, for the buttons and for tests.
    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    bool save();
    // Starts a new template of the team's own from the one shown (no severity; saved on Save).
    bool copyAs(const QString& key);

public slots:
    void reject() override; // asks before dropping unsaved edits

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadTemplates(const QString& selectKey);
    void loadSelected();
    void showItems();
    void onItemEdited();
    void onNameEdited();
    void showSeverity();
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void resetToDefault();
    void askCopy();
    void setMessage(const QString& text, bool error);
    bool confirmDiscard();
    QString itemLine(int row) const;
    QStringList customRoleKeys() const;

    Core& m_core;
    ChecklistTemplate m_working;
    bool m_dirty = false;
    bool m_loading = false;
    QLabel* m_templateLabel;
    QComboBox* m_template;
    QLabel* m_nameEnLabel;
    QLineEdit* m_nameEn;
    QLabel* m_nameJaLabel;
    QLineEdit* m_nameJa;
    QLabel* m_origin;
    QLabel* m_severityLabel;
    QComboBox* m_severity;
    QListWidget* m_items;
    QPushButton* m_addItem;
    QPushButton* m_removeItem;
    QPushButton* m_up;
    QPushButton* m_down;
    TemplateItemEditor* m_itemEditor;
    QLabel* m_message;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_reset;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_close;
};
