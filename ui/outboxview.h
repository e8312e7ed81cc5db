#pragma once

#include <QWidget>

class Core;
class OutboxModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The outbox of the incident: every message with its state and attempts, retry and cancel, and the full
// text of the selected one — for drill messages that were kept instead of sent, this is the local sink.
class OutboxView final : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);
    OutboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool retrySelected();
    bool cancelSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelected();
    qint64 selectedId() const;
    bool act(bool retry);

    Core& m_core;
    OutboxModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    QLabel* m_error;
    QPushButton* m_retry;
    QPushButton* m_cancel;
};
