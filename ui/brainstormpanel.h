#pragma once

#include "incidentpanel.h"

class Core;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The brainstorm board: ideas and hypotheses collected without judgment (Enter adds one; each is also a
// hypothesis on the timeline), later confirmed or ruled out (the verdict is recorded on the timeline).
class BrainstormPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit BrainstormPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language
    QListWidget* list() const { return m_list; }
    QLineEdit* input() const { return m_input; }

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void addIdea();
    void setVerdict(int state);

    Core& m_core;
    qint64 m_incidentId = 0;
    QLabel* m_help;
    QLineEdit* m_input;
    QListWidget* m_list;
    QPushButton* m_confirm;
    QPushButton* m_ruleOut;
    QPushButton* m_reopen;
};
