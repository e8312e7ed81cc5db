#pragma once

#include "incidentpanel.h"
#include "report/reportkind.h"
#include "report/reportlanguage.h"
#include "storage/reporttextstore.h"

#include <QTimeZone>

class Core;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class ReportWordingEditor;

// The Reports tab: choose a document and its language, read the preview, edit the customer-report or
// postmortem wording, and export as Markdown, HTML or PDF.
class ReportsPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit ReportsPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language

    ReportKind kind() const;
    QString reportLanguage() const;
    QTimeZone timeZone() const;
    void setTimeZone(const QByteArray& ianaId);
    void setKind(ReportKind kind);
    void setReportLanguage(const QString& code);
    // Saves the edited wording, then writes the file. Returns false (and shows why) on failure.
    bool exportTo(ReportFormat format, const QString& path);
    bool saveWording();
    // Every saved version of this document's wording, oldest first, as the History dialog lists them.
    QStringList wordingHistory() const;
    // The whole document (all entries) as Markdown on the clipboard.
    bool copyMarkdown();
    QTextBrowser* preview() const { return m_preview; }
    ReportWordingEditor* wordingEditor() const { return m_wording; }

signals:
    void exported(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void reloadWording();
    void refreshPreview();
    void showWordingHistory();
    // The versions of this document's sections with the line the History dialog shows for each.
    QList<QPair<QString, ReportTextVersion>> shownVersions() const;
    // Makes `version` its section's wording again (saved as a new version); false, with a message, if not.
    bool restoreVersion(const ReportTextVersion& version);
    void exportInteractively(ReportFormat format);
    void showMessage(const QString& text, bool error);
    ReportLanguage settings() const; // language and reader's zone as chosen

    Core& m_core;
    qint64 m_incidentId = 0;
    bool m_stale = true; // the incident changed while the tab was hidden
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_zoneLabel;
    QComboBox* m_zone;
    QPushButton* m_save;
    QPushButton* m_history;
    QPushButton* m_copyMd;
    QPushButton* m_exportMd;
    QPushButton* m_exportHtml;
    QPushButton* m_exportPdf;
    QLabel* m_message;
    QTextBrowser* m_preview;
    ReportWordingEditor* m_wording;
    QWidget* m_wordingBox;
    QTimer* m_previewTimer;
};
