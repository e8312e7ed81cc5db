#pragma once

#include "domain/timelineentry.h"
#include "domain/transcriptparser.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

// "Summarise the chat": paste a chat transcript, check the parsed messages, pick which become timeline
// entries (with their own times and authors) and of which kind.
class TranscriptDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TranscriptDialog(const QDate& date, QWidget* parent = nullptr);

    void setText(const QString& paste);
    // The chosen messages as entries, in transcript order.
    QList<EntryDraft> drafts() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reparse();

    QLabel* m_help;
    QPlainTextEdit* m_paste;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QTableWidget* m_preview;
    QDialogButtonBox* m_buttons;
    QList<TranscriptLine> m_lines;
};
