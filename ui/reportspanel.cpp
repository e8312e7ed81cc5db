#include "reportspanel.h"

#include "core.h"
#include "historydialog.h"
#include "pdfwriter.h"
#include "report/htmlrenderer.h"
#include "report/pdfbackend.h"
#include "report/reportcollector.h"
#include "report/reportexporter.h"
#include "report/reportwording.h"
#include "reportwordingeditor.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The preview reads the newest entries only, so a days-long incident with 100,000 entries stays quick;
// exports read everything.
constexpr int kPreviewEntries = 1000;
} // namespace

ReportsPanel::ReportsPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_kindLabel(new QLabel), m_kind(new QComboBox),
      m_languageLabel(new QLabel), m_language(new QComboBox), m_zoneLabel(new QLabel), m_zone(new QComboBox),
      m_save(new QPushButton), m_history(new QPushButton), m_copyMd(new QPushButton),
      m_exportMd(new QPushButton), m_exportHtml(new QPushButton), m_exportPdf(new QPushButton),
      m_message(new QLabel), m_preview(new QTextBrowser), m_wording(new ReportWordingEditor),
      m_previewTimer(new QTimer(this))
{
    if (!PdfBackend::available())
        PdfWriter::installAsBackend();
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_zone->setObjectName(QStringLiteral("reportTimeZone"));
    // The reader's time zone: this machine's first, then UTC, then every IANA zone (type to search).
    m_zone->addItem(QString::fromUtf8(QTimeZone::systemTimeZoneId()), QTimeZone::systemTimeZoneId());
    m_zone->addItem(QStringLiteral("UTC"), QByteArray("UTC"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/') && !id.startsWith("Etc/"))
            m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setEditable(true);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_save->setObjectName(QStringLiteral("saveWording"));
    m_history->setObjectName(QStringLiteral("wordingHistory"));
    m_copyMd->setObjectName(QStringLiteral("copyMarkdown"));
    m_exportMd->setObjectName(QStringLiteral("exportMarkdown"));
    m_exportHtml->setObjectName(QStringLiteral("exportHtml"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenExternalLinks(true);
    m_message->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_message->setTextFormat(Qt::PlainText);
    for (ReportKind k : ReportKinds::all())
        m_kind->addItem(QString(), int(k));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Each language named in itself, as in the Language menu.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(QLocale().language() == QLocale::Japanese ? 0 : 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_zoneLabel);
    bar->addWidget(m_zone);
    bar->addStretch(1);
    // Actions on a second row, so the tab stays narrow enough beside the incident list in Japanese too.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_copyMd);
    actions->addWidget(m_exportMd);
    actions->addWidget(m_exportHtml);
    actions->addWidget(m_exportPdf);

    m_wordingBox = new QWidget;
    auto* wordingLayout = new QVBoxLayout(m_wordingBox);
    wordingLayout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_wording);
    wordingLayout->addWidget(scroll, 1);
    auto* wordingButtons = new QHBoxLayout;
    wordingButtons->addStretch(1);
    wordingButtons->addWidget(m_history);
    wordingButtons->addWidget(m_save);
    wordingLayout->addLayout(wordingButtons);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_preview);
    splitter->addWidget(m_wordingBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPanel::refreshPreview);
    connect(m_wording, &ReportWordingEditor::edited, m_previewTimer, qOverload<>(&QTimer::start));
    // Edits are kept when the user looks at another document, language or zone: saved first, then reloaded.
    for (QComboBox* box : {m_kind, m_language, m_zone})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            saveWording();
            reloadWording();
        });
    connect(m_save, &QPushButton::clicked, this, &ReportsPanel::saveWording);
    connect(m_history, &QPushButton::clicked, this, &ReportsPanel::showWordingHistory);
    connect(m_copyMd, &QPushButton::clicked, this, &ReportsPanel::copyMarkdown);
    connect(m_exportMd, &QPushButton::clicked, this, [this] { exportInteractively(ReportFormat::Markdown); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportInteractively(ReportFormat::Html); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportInteractively(ReportFormat::Pdf); });
    auto refreshFor = [this](qint64 incidentId) {
        if (incidentId == m_incidentId && isVisible())
            m_previewTimer->start();
    };
    connect(&core.incidents(), &IncidentService::incidentChanged, this, refreshFor);
    connect(&core.timeline(), &TimelineService::entryAdded, this, refreshFor);
    connect(&core.timeline(), &TimelineService::entryChanged, this, refreshFor);
    connect(&core.followUps(), &FollowUpService::followUpChanged, this, refreshFor);
    connect(&core.database(), &Database::externalChange, this, [this] {
        if (!isVisible())
            m_stale = true;
        else if (!m_wording->isModified())
            reloadWording();
    });
    retranslateUi();
}

QString ReportsPanel::name()
{
    return tr("Reports");
}

ReportKind ReportsPanel::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

QString ReportsPanel::reportLanguage() const
{
    return m_language->currentData().toString();
}

QTimeZone ReportsPanel::timeZone() const
{
    const QTimeZone zone(m_zone->currentData().toByteArray());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void ReportsPanel::setTimeZone(const QByteArray& ianaId)
{
    const int index = m_zone->findData(ianaId);
    if (index >= 0)
        m_zone->setCurrentIndex(index);
}

ReportLanguage ReportsPanel::settings() const
{
    return ReportLanguage(reportLanguage(), timeZone());
}

void ReportsPanel::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportsPanel::setReportLanguage(const QString& code)
{
    m_language->setCurrentIndex(m_language->findData(code));
}

void ReportsPanel::setIncident(qint64 incidentId)
{
    saveWording(); // what was typed for the previous incident is kept
    m_incidentId = incidentId;
    m_stale = true;
    if (isVisible())
        reloadWording();
}

void ReportsPanel::showEvent(QShowEvent* event)
{
    IncidentPanel::showEvent(event);
    if (m_stale)
        reloadWording();
}

void ReportsPanel::reloadWording()
{
    QMap<QString, QString> saved;
    QMap<QString, QString> defaults;
    if (m_incidentId) {
        Result<ReportData> data = ReportCollector(m_core, kPreviewEntries).collect(m_incidentId);
        if (data) {
            saved = data->wording;
            const ReportLanguage lang = settings();
            for (const WordingSection& s : ReportWording::sections(kind()))
                defaults.insert(QString::fromLatin1(s.key), ReportWording::defaultText(s.key, data.value(), lang));
            defaults.insert(QString::fromLatin1(ReportWording::impactStartKey),
                            data->derivedImpactStart().toString(Qt::ISODate));
            defaults.insert(QString::fromLatin1(ReportWording::impactEndKey), data->derivedImpactEnd().toString(Qt::ISODate));
        }
    }
    m_stale = false;
    m_wording->setSections(kind(), saved, defaults);
    // The incident document has nothing to edit: the preview takes the whole width.
    m_wordingBox->setVisible(!ReportWording::sections(kind()).isEmpty());
    refreshPreview();
}

void ReportsPanel::refreshPreview()
{
    const bool has = m_incidentId != 0;
    for (QPushButton* b : {m_copyMd, m_exportMd, m_exportHtml, m_exportPdf, m_save})
        b->setEnabled(has);
    if (!has) {
        m_preview->clear();
        return;
    }
    const Result<ReportDocument> doc = ReportExporter(m_core).build(m_incidentId, kind(), settings(),
                                                                    m_wording->values(), kPreviewEntries);
    if (!doc) {
        showMessage(doc.error(), true);
        return;
    }
    const int scroll = m_preview->verticalScrollBar() ? m_preview->verticalScrollBar()->value() : 0;
    m_preview->setHtml(HtmlRenderer::render(doc.value()));
    m_preview->verticalScrollBar()->setValue(scroll);
}

bool ReportsPanel::saveWording()
{
    if (!m_incidentId || !m_wording->isModified())
        return true;
    if (Status s = m_core.reports().saveWording(m_incidentId, m_wording->values(), m_core.userName()); !s) {
        showMessage(s.error(), true);
        return false;
    }
    m_wording->setModified(false);
    showMessage(tr("Wording saved."), false);
    return true;
}

bool ReportsPanel::exportTo(ReportFormat format, const QString& path)
{
    if (!saveWording())
        return false;
    if (Status s = ReportExporter(m_core).exportTo(m_incidentId, kind(), format, settings(), path);
        !s) {
        showMessage(s.error(), true);
        return false;
    }
    showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), false);
    emit exported(path);
    return true;
}

bool ReportsPanel::copyMarkdown()
{
    if (!m_incidentId || !saveWording())
        return false;
    const Result<ReportDocument> doc = ReportExporter(m_core).build(m_incidentId, kind(), settings());
    if (!doc) {
        showMessage(doc.error(), true);
        return false;
    }
    QGuiApplication::clipboard()->setText(ReportExporter::render(doc.value(), ReportFormat::Markdown));
    showMessage(tr("Markdown copied: paste it into the tracker issue or the chat."), false);
    return true;
}

void ReportsPanel::exportInteractively(ReportFormat format)
{
    const auto incident = m_core.incidents().get(m_incidentId);
    if (!incident)
        return showMessage(incident.error(), true);
    const QString suggested = QDir::home().filePath(
        ReportExporter::suggestedFileName(incident->code, kind(), format, reportLanguage()));
    const QString filter = format == ReportFormat::Markdown ? tr("Markdown (*.md)")
                           : format == ReportFormat::Html   ? tr("HTML (*.html)")
                                                            : tr("PDF (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), suggested, filter);
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReportsPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void ReportsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void ReportsPanel::retranslateUi()
{
    m_kindLabel->setText(tr("Document:"));
    m_languageLabel->setText(tr("Report language:"));
    m_zoneLabel->setText(tr("Reader's time zone:"));
    m_zone->setToolTip(tr("Times in the report are given in this zone and in UTC."));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ReportKinds::label(ReportKind(m_kind->itemData(i).toInt())));
    m_save->setText(tr("Save wording"));
    m_history->setText(tr("History…"));
    m_history->setToolTip(tr("Every saved version of this document's wording: when, by whom."));
    m_copyMd->setText(tr("Copy Markdown"));
    m_copyMd->setToolTip(tr("Copy the whole document as Markdown, e.g. for the tracker issue that sums up the incident."));
    m_exportMd->setText(tr("Export Markdown…"));
    m_exportHtml->setText(tr("Export HTML…"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_message->clear();
}

QList<QPair<QString, ReportTextVersion>> ReportsPanel::shownVersions() const
{
    QHash<QString, QString> labels;
    for (const WordingSection& s : ReportWording::sections(kind()))
        labels.insert(QString::fromLatin1(s.key), QCoreApplication::translate("Report", s.label));
    if (kind() == ReportKind::CustomerReport) {
        labels.insert(QString::fromLatin1(ReportWording::impactStartKey), tr("Impact began"));
        labels.insert(QString::fromLatin1(ReportWording::impactEndKey), tr("Impact ended"));
    }
    const auto versions = m_core.reports().wordingHistory(m_incidentId);
    if (!versions)
        return {{versions.error(), {}}};
    QList<QPair<QString, ReportTextVersion>> shown;
    for (const ReportTextVersion& v : versions.value()) {
        if (!labels.contains(v.section))
            continue; // another document's section
        const QString text =
            v.text.isEmpty() ? tr("(back to the wording derived from the incident)") : v.text;
        shown.append({tr("%1 — %2, %3:\n%4")
                          .arg(labels.value(v.section), UiFormat::dateTime(v.savedAt), v.savedBy, text),
                      v});
    }
    return shown;
}

QStringList ReportsPanel::wordingHistory() const
{
    QStringList lines;
    for (const auto& [line, version] : shownVersions())
        lines << line;
    return lines;
}

bool ReportsPanel::restoreVersion(const ReportTextVersion& v)
{
    if (!m_incidentId || !v.id)
        return false;
    if (const auto restored = m_core.reports().restoreWording(m_incidentId, v.id, m_core.userName());
        !restored) {
        showMessage(restored.error(), true);
        return false;
    }
    reloadWording();
    showMessage(tr("Restored the version saved on %1 by %2.").arg(UiFormat::dateTime(v.savedAt), v.savedBy),
                false);
    return true;
}

void ReportsPanel::showWordingHistory()
{
    if (!m_incidentId || !saveWording()) // what was just typed is the latest version
        return;
    // Read once: the dialog's rows and the versions its Restore button brings back are the same list.
    const auto shown = shownVersions();
    QStringList lines;
    for (const auto& [line, version] : shown)
        lines << line;
    if (lines.isEmpty())
        lines << tr("The wording of this document has not been edited yet.");
    HistoryDialog dialog(tr("History of the wording"), lines, this);
    if (!shown.isEmpty())
        dialog.offerRestore([this, shown](int row) { restoreVersion(shown.at(row).second); });
    dialog.exec();
}
