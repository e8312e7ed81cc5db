#pragma once

#include "incidentpanel.h"

class ChecklistModel;
class Core;
class DeclarationHelper;
class IcLoopWidget;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

// The checklist tab: the incident's playbook grouped by phase, filterable by role, with done / reopen /
// skip, the declaration helper while the incident is undeclared, and the IC loop once it is declared.
class ChecklistPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit ChecklistPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override;
    static QString name(); // the tab's title in the current language
    ChecklistModel* model()
    {
        ensureBuilt();
        return m_model;
    }
    QTreeView* view()
    {
        ensureBuilt();
        return m_view;
    }
    // Re-evaluates time boxes, the one-hour clock and the update reminder (a timer calls it every 20 s).
    void refreshClock();
    void selectItem(qint64 itemId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void ensureBuilt();
    void retranslateUi();
    void refreshIncident();
    void onModelReloaded();
    void updateButtons();
    void showError(const QString& message);
    void markDone();
    void markDoneIfOpen();
    void reopen();
    void skip();
    void changeWithReason(bool skip);
    void addItem();
    void extendChecklist();
    void editTemplates();
    void fillRoleFilter();
    qint64 selectedItemId() const;
    QString askReason(const QString& title, const QString& label);

    Core& m_core;
    qint64 m_incidentId = 0;
    qint64 m_keepSelection = 0; // the selected item across a model reset
    ChecklistModel* m_model = nullptr;
    DeclarationHelper* m_helper = nullptr;
    IcLoopWidget* m_loop = nullptr;
    QLabel* m_extendNote = nullptr;
    QPushButton* m_extend = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_roleFilter = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_templates = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_timer = nullptr;
};
