#pragma once

#include "domain/timelineentry.h"

#include <QWidget>

class EntryInput;
class QComboBox;
class QLabel;

// The fast-entry area under the timeline: kind, the writer's role, and one multi-line input where a
// prefix (/d, /a, /o, /h, /m, /mitigated …) picks the kind and a leading "!" marks the entry important.
class EntryComposer final : public QWidget
{
    Q_OBJECT
public:
    explicit EntryComposer(QWidget* parent = nullptr);

    EntryInput* input() const { return m_input; }
    // The entry as typed: prefixes applied, the chosen kind and role filled in.
    EntryDraft draft() const;
    void clear();
    void showError(const QString& message);
    void setRole(const QString& roleKey);

signals:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QComboBox* m_kind;
    QComboBox* m_role;
    EntryInput* m_input;
    QLabel* m_hint;
    QLabel* m_error;
};
