#pragma once

#include "domain/followup.h"

#include <QWidget>

class Core;
class FollowUpModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

// A table of follow-ups with Edit and Mark-done actions, shared by the incident's Follow-ups tab and the
// cross-incident view. The owner fills it; edits go through FollowUpService, whose signal refreshes it.
class FollowUpList final : public QWidget
{
    Q_OBJECT
public:
    FollowUpList(Core& core, bool showIncident, QWidget* parent = nullptr);

    void setItems(const QList<FollowUp>& items);
    FollowUpModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Where the owner adds its own buttons (left of Edit / Mark done).
    QHBoxLayout* buttonRow() const { return m_buttons; }
    // Opens the dialog on `item`; saves through the service. Returns the saved id or 0.
    qint64 editInDialog(const FollowUp& item);
    bool markSelectedDone();

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    const FollowUp* selected() const;
    void updateButtons();
    void retranslateUi();

    Core& m_core;
    FollowUpModel* m_model;
    QTableView* m_view;
    QHBoxLayout* m_buttons;
    QPushButton* m_edit;
    QPushButton* m_done;
};
