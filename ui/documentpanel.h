#pragma once

#include "domain/documentfield.h"
#include "incidentpanel.h"

#include <QHash>

class ChangesWidget;
class Core;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The head of the living incident document: summary, current status (what we know, what we are doing,
// when the next update comes), impact, command post, exit criteria, TODOs, and the changes made to
// production. Saving appends versions; "History" shows every earlier text of a field.
class DocumentPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit DocumentPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language

    QPlainTextEdit* editor(DocField field) const { return m_text.value(field); }
    QDateTimeEdit* nextUpdate() const { return m_next; }
    // Saves every field whose text differs from the stored one.
    void save();

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    QString valueOf(DocField field) const;
    void showHistory(DocField field);
    // Saves an earlier version of `field` as its newest one (the history keeps both).
    void restore(DocField field, const QString& value);

    Core& m_core;
    qint64 m_incidentId = 0;
    IncidentDocument m_loaded;
    QHash<DocField, QPlainTextEdit*> m_text;
    QHash<DocField, QLabel*> m_labels;
    QHash<DocField, QToolButton*> m_historyButtons;
    QDateTimeEdit* m_next;
    QLabel* m_saved;
    QPushButton* m_save;
    ChangesWidget* m_changes;
};
