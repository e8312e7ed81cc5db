#pragma once

#include "result.h"

#include <QWidget>

class Core;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;

// The debrief (after-action report) of a drill: the report in Japanese or English — scores, injects and
// responses on one timeline — beside the editable "what went well" and "what to improve", saved with the
// drill and exported as Markdown or HTML.
class DebriefWindow final : public QWidget
{
    Q_OBJECT
public:
    DebriefWindow(Core& core, qint64 runId, QWidget* parent = nullptr);

    qint64 runId() const { return m_runId; }
    void refresh();
    Status saveNotes();
    // Writes the report in the chosen language; format "md" or "html".
    Status exportTo(const QString& path, const QString& format);
    QString reportLanguage() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void exportAs(const QString& format);

    Core& m_core;
    qint64 m_runId;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QTextBrowser* m_report;
    QLabel* m_wentWellLabel;
    QPlainTextEdit* m_wentWell;
    QLabel* m_toImproveLabel;
    QPlainTextEdit* m_toImprove;
    QPushButton* m_save;
    QPushButton* m_exportMd;
    QPushButton* m_exportHtml;
    QLabel* m_status;
    QSplitter* m_splitter;
};
