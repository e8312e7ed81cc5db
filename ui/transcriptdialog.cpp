#include "transcriptdialog.h"

#include "timelinemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TranscriptDialog::TranscriptDialog(const QDate& date, QWidget* parent)
    : QDialog(parent), m_help(new QLabel(this)), m_paste(new QPlainTextEdit(this)), m_dateLabel(new QLabel(this)),
      m_date(new QDateEdit(date, this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_preview(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("transcriptDialog"));
    m_paste->setObjectName(QStringLiteral("transcriptPaste"));
    m_date->setObjectName(QStringLiteral("transcriptDate"));
    m_kind->setObjectName(QStringLiteral("transcriptKind"));
    m_preview->setObjectName(QStringLiteral("transcriptPreview"));
    m_help->setWordWrap(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_preview->setColumnCount(3);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);

    auto* options = new QHBoxLayout;
    options->addWidget(m_dateLabel);
    options->addWidget(m_date);
    options->addSpacing(12);
    options->addWidget(m_kindLabel);
    options->addWidget(m_kind);
    options->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addWidget(m_paste, 1);
    layout->addLayout(options);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_buttons);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &TranscriptDialog::reparse);
    connect(m_date, &QDateEdit::dateChanged, this, &TranscriptDialog::reparse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(820, 640);
}

void TranscriptDialog::setText(const QString& paste)
{
    m_paste->setPlainText(paste);
}

void TranscriptDialog::reparse()
{
    m_lines = TranscriptParser::parse(m_paste->toPlainText(), m_date->date());
    m_preview->setRowCount(int(m_lines.size()));
    for (int r = 0; r < m_lines.size(); ++r) {
        const TranscriptLine& l = m_lines.at(r);
        auto* time = new QTableWidgetItem(TimelineModel::formatTime(l.at));
        time->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        // A message without a time (before the first timed line) is not taken unless the user says so.
        time->setCheckState(l.at.isValid() ? Qt::Checked : Qt::Unchecked);
        m_preview->setItem(r, 0, time);
        m_preview->setItem(r, 1, new QTableWidgetItem(l.author));
        m_preview->setItem(r, 2, new QTableWidgetItem(l.text));
    }
    m_preview->resizeColumnToContents(0);
    m_preview->resizeColumnToContents(1);
    m_preview->resizeRowsToContents();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_lines.isEmpty());
}

QList<EntryDraft> TranscriptDialog::drafts() const
{
    QList<EntryDraft> out;
    for (int r = 0; r < m_lines.size(); ++r) {
        if (m_preview->item(r, 0)->checkState() != Qt::Checked)
            continue;
        const TranscriptLine& l = m_lines.at(r);
        if (l.text.trimmed().isEmpty())
            continue;
        EntryDraft d;
        d.kind = EntryKind(m_kind->currentData().toInt());
        d.author = l.author;
        d.occurredAt = l.at;
        d.text = l.text;
        out << d;
    }
    return out;
}

void TranscriptDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TranscriptDialog::retranslateUi()
{
    setWindowTitle(tr("Paste a chat transcript"));
    m_help->setText(tr("Paste the chat (lines such as \"09:31 alice: restarted db-2\", \"[09:31] alice: …\" or "
                       "\"2026-11-29 09:31 alice …\"). Lines without a time continue the message above. "
                       "Untick what should not become a timeline entry."));
    m_paste->setPlaceholderText(tr("Paste here (Ctrl+V)"));
    m_dateLabel->setText(tr("Date of the chat:"));
    m_kindLabel->setText(tr("Record as:"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    for (EntryKind k : EntryKinds::all())
        m_kind->addItem(EntryKinds::label(k), int(k));
    m_kind->setCurrentIndex(kind < 0 ? m_kind->findData(int(EntryKind::Communication)) : kind);
    m_preview->setHorizontalHeaderLabels({tr("Time (local, UTC)"), tr("Author"), tr("Message")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to timeline"));
}
