#pragma once

#include "report/reportkind.h"

#include <QMap>
#include <QWidget>

class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;

// The editable wording of one document kind (customer report, postmortem, executive summary): one text
// box per section, showing the derived default as placeholder until the user writes their own.
class ReportWordingEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportWordingEditor(QWidget* parent = nullptr);

    // `saved`: the stored wording by key; `defaults`: the derived text by key (placeholders). For the customer
    // report both may hold the period of impact (ReportWording::impactStartKey/impactEndKey, ISO 8601 UTC).
    void setSections(ReportKind kind, const QMap<QString, QString>& saved, const QMap<QString, QString>& defaults);
    // Every section of the current kind, key → text as typed (empty: use the default); for the customer
    // report also the adjusted period of impact (empty when not adjusted).
    QMap<QString, QString> values() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }
    QPlainTextEdit* editor(const QString& key) const { return m_editors.value(key); }
    QGroupBox* periodBox() const { return m_period; }
    QDateTimeEdit* periodStart() const { return m_periodStart; }
    QDateTimeEdit* periodEnd() const { return m_periodEnd; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void markEdited();

    ReportKind m_kind = ReportKind::IncidentDocument;
    QFormLayout* m_form;
    QLabel* m_hint;
    QGroupBox* m_period;
    QLabel* m_periodStartLabel;
    QLabel* m_periodEndLabel;
    QDateTimeEdit* m_periodStart;
    QDateTimeEdit* m_periodEnd;
    QMap<QString, QPlainTextEdit*> m_editors;
    QMap<QString, QLabel*> m_labels;
    bool m_modified = false;
};
