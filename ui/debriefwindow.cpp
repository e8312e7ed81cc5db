#include "debriefwindow.h"
#include "filewrite.h"

#include "core.h"
#include "drill/drilldebrief.h"
#include "drill/drillservice.h"
#include "domain/localizedtext.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

DebriefWindow::DebriefWindow(Core& core, qint64 runId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_core(core), m_runId(runId), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_report(new QTextBrowser(this)), m_wentWellLabel(new QLabel(this)),
      m_wentWell(new QPlainTextEdit(this)), m_toImproveLabel(new QLabel(this)),
      m_toImprove(new QPlainTextEdit(this)), m_save(new QPushButton(this)), m_exportMd(new QPushButton(this)),
      m_exportHtml(new QPushButton(this)), m_status(new QLabel(this)), m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("debriefWindow"));
    m_language->setObjectName(QStringLiteral("debriefLanguage"));
    m_report->setObjectName(QStringLiteral("debriefReport"));
    m_wentWell->setObjectName(QStringLiteral("debriefWentWell"));
    m_toImprove->setObjectName(QStringLiteral("debriefToImprove"));
    m_save->setObjectName(QStringLiteral("debriefSave"));
    m_exportMd->setObjectName(QStringLiteral("debriefExportMarkdown"));
    m_exportHtml->setObjectName(QStringLiteral("debriefExportHtml"));
    m_status->setObjectName(QStringLiteral("debriefStatus"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(LocalizedText::currentLanguage() == QStringLiteral("ja") ? 0 : 1);
    m_report->setOpenLinks(false);
    m_status->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_status->setTextFormat(Qt::PlainText);
    m_wentWell->setTabChangesFocus(true);
    m_toImprove->setTabChangesFocus(true);

    auto* notes = new QWidget;
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_wentWellLabel);
    notesLayout->addWidget(m_wentWell, 1);
    notesLayout->addWidget(m_toImproveLabel);
    notesLayout->addWidget(m_toImprove, 1);
    notesLayout->addWidget(m_save);
    m_splitter->addWidget(m_report);
    m_splitter->addWidget(notes);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_exportMd);
    top->addWidget(m_exportHtml);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    connect(m_language, &QComboBox::currentIndexChanged, this, &DebriefWindow::refresh);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const Status s = saveNotes();
        m_status->setText(s ? tr("Saved.") : s.error());
    });
    connect(m_exportMd, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("md")); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("html")); });
    connect(&core.drills(), &DrillService::runChanged, this, [this](qint64 id) {
        if (id == m_runId)
            refresh();
    });
    const auto run = core.drills().get(runId);
    if (run) {
        m_wentWell->setPlainText(run->wentWell);
        m_toImprove->setPlainText(run->toImprove);
    }
    retranslateUi();
    resize(1100, 720);
    m_splitter->setSizes({760, 340});
}

QString DebriefWindow::reportLanguage() const
{
    return m_language->currentData().toString();
}

void DebriefWindow::refresh()
{
    const auto html = DrillDebrief::html(m_core, m_runId, reportLanguage());
    if (!html) {
        m_status->setText(html.error());
        return;
    }
    const int scroll = m_report->verticalScrollBar()->value();
    m_report->setHtml(html.value());
    m_report->verticalScrollBar()->setValue(scroll);
}

Status DebriefWindow::saveNotes()
{
    return m_core.drills().saveNotes(m_runId, m_wentWell->toPlainText(), m_toImprove->toPlainText());
}

Status DebriefWindow::exportTo(const QString& path, const QString& format)
{
    if (Status s = saveNotes(); !s)
        return s;
    const auto text = format == QStringLiteral("html")
                          ? DrillDebrief::html(m_core, m_runId, reportLanguage())
                          : DrillDebrief::markdown(m_core, m_runId, reportLanguage());
    if (!text)
        return text.failure();
    return FileWrite::atomically(path, text->toUtf8());
}

void DebriefWindow::exportAs(const QString& format)
{
    const bool html = format == QStringLiteral("html");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export debrief"), QStringLiteral("drill-debrief.%1").arg(format),
        html ? tr("HTML files (*.html)") : tr("Markdown files (*.md)"));
    if (path.isEmpty())
        return;
    const Status s = exportTo(path, format);
    m_status->setText(s ? tr("Exported to %1").arg(path) : s.error());
}

void DebriefWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DebriefWindow::retranslateUi()
{
    setWindowTitle(tr("Drill debrief — DRILL"));
    m_languageLabel->setText(tr("Report language:"));
    m_wentWellLabel->setText(tr("What went well:"));
    m_toImproveLabel->setText(tr("What to improve:"));
    m_wentWell->setPlaceholderText(tr("e.g. Declared within five minutes; roles were clear."));
    m_toImprove->setPlaceholderText(tr("e.g. The first customer update came late."));
    m_save->setText(tr("Save notes"));
    m_exportMd->setText(tr("Export Markdown…"));
    m_exportHtml->setText(tr("Export HTML…"));
    m_status->clear(); // a message from before the switch would stay in the old language
    refresh();
}
