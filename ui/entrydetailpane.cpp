#include "entrydetailpane.h"

#include "timelinemodel.h"

#include "domain/reportescape.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

EntryDetailPane::EntryDetailPane(QWidget* parent)
    : QWidget(parent), m_meta(new QLabel(this)), m_text(new QTextBrowser(this)),
      m_linksLabel(new QLabel(this)), m_links(new QLineEdit(this)), m_milestoneLabel(new QLabel(this)),
      m_milestone(new QComboBox(this)), m_important(new QCheckBox(this)), m_public(new QCheckBox(this)),
      m_historyLabel(new QLabel(this)), m_history(new QListWidget(this))
{
    m_meta->setObjectName(QStringLiteral("entryMeta"));
    m_text->setObjectName(QStringLiteral("entryText"));
    m_links->setObjectName(QStringLiteral("entryLinks"));
    m_milestone->setObjectName(QStringLiteral("entryMilestone"));
    m_important->setObjectName(QStringLiteral("entryImportant"));
    m_public->setObjectName(QStringLiteral("entryPublic"));
    m_history->setObjectName(QStringLiteral("entryHistory"));
    m_meta->setTextFormat(Qt::RichText); // every piece of user text in it is escaped
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setOpenExternalLinks(true);
    m_history->setWordWrap(true);

    // Links, milestone, flags and history: one block, which goes below the text or beside it.
    m_side = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(m_linksLabel, m_links);
    form->addRow(m_milestoneLabel, m_milestone);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_important);
    flags->addWidget(m_public);
    flags->addStretch();
    auto* side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    side->addLayout(form);
    side->addLayout(flags);
    side->addWidget(m_historyLabel);
    side->addWidget(m_history, 1);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setUnderTimeline(false);

    connect(m_links, &QLineEdit::returnPressed, this, [this] {
        request(tr("Edit links"), [this](EntryDraft& d) {
            d.links = m_links->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        });
    });
    connect(m_milestone, &QComboBox::activated, this, [this] {
        request(tr("Set milestone"), [this](EntryDraft& d) {
            d.milestone = Milestone(m_milestone->currentData().toInt());
            if (d.milestone != Milestone::None)
                d.kind = EntryKind::Milestone;
        });
    });
    connect(m_important, &QCheckBox::clicked, this, [this](bool on) {
        request(on ? tr("Mark important") : tr("Unmark important"),
                [on](EntryDraft& d) { d.important = on; });
    });
    connect(m_public, &QCheckBox::clicked, this, [this](bool on) {
        request(on ? tr("Make public") : tr("Make internal"), [on](EntryDraft& d) { d.isPublic = on; });
    });
    retranslateUi();
}

void EntryDetailPane::setUnderTimeline(bool under)
{
    if (under == m_under)
        return;
    m_under = under;
    for (QWidget* w : {static_cast<QWidget*>(m_meta), static_cast<QWidget*>(m_text), m_side})
        m_grid->removeWidget(w);
    for (int i = 0; i < 3; ++i) {
        m_grid->setRowStretch(i, 0);
        m_grid->setColumnStretch(i, 0);
    }
    // Under the timeline every line of height is the entries': the history may shrink to two lines.
    m_history->setMinimumHeight(under ? 2 * m_history->fontMetrics().height() + 8 : 0);
    m_text->setMinimumHeight(under ? 3 * m_text->fontMetrics().height() + 8 : 0);
    if (under) {
        m_grid->addWidget(m_meta, 0, 0, 1, 2);
        m_grid->addWidget(m_text, 1, 0);
        m_grid->addWidget(m_side, 1, 1);
        m_grid->setRowStretch(1, 1);
        m_grid->setColumnStretch(0, 3);
        m_grid->setColumnStretch(1, 2);
    } else {
        m_grid->addWidget(m_meta, 0, 0);
        m_grid->addWidget(m_text, 1, 0);
        m_grid->addWidget(m_side, 2, 0);
        m_grid->setRowStretch(1, 2);
        m_grid->setRowStretch(2, 1);
    }
}

void EntryDetailPane::request(const QString& what, const std::function<void(EntryDraft&)>& change)
{
    if (!m_entry)
        return;
    EntryDraft d = EntryDraft::from(*m_entry);
    change(d);
    emit changeRequested(m_entry->id, d, what);
}

void EntryDetailPane::setEntry(const std::optional<TimelineEntry>& entry,
                               const QList<TimelineEntry>& revisions)
{
    m_entry = entry;
    m_revisions = revisions;
    refresh();
}

void EntryDetailPane::refresh()
{
    const bool has = m_entry.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_links, m_milestone, m_important, m_public})
        w->setEnabled(has && !m_entry->deleted);
    m_history->clear();
    const QSignalBlocker b1(m_important);
    const QSignalBlocker b2(m_public);
    if (!has) {
        m_meta->setText(tr("Select an entry to see it in full, with its history."));
        m_text->clear();
        m_links->clear();
        m_important->setChecked(false);
        m_public->setChecked(false);
        return;
    }
    const TimelineEntry& e = *m_entry;
    QString role =
        e.role.isEmpty() ? QString() : EntryRoles::label(EntryRoles::parse(e.role).value_or(EntryRole::None));
    // One arg() call: a chained one would fill a "%5" in the author's name with the revision.
    m_meta->setText(tr("<b>%1</b> · %2<br>Occurred %3<br>Recorded %4 · revision %5%6")
                        .arg(EntryKinds::label(e.kind).toHtmlEscaped(),
                             (role.isEmpty() ? e.author : tr("%1 (%2)").arg(e.author, role)).toHtmlEscaped(),
                             TimelineModel::formatTime(e.occurredAt), TimelineModel::formatTime(e.recordedAt),
                             QString::number(e.revision), e.deleted ? tr(" · <b>deleted</b>") : QString()));
    QString html = e.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    // Entries saved before links were checked may hold javascript: or file: ones: shown, not clickable.
    for (const QString& link : e.links) {
        const QUrl url = ReportEscape::safeUrl(link);
        html += url.isValid()
                    ? QStringLiteral("<br>→ <a href=\"%1\">%2</a>")
                          .arg(QString::fromLatin1(url.toEncoded()).toHtmlEscaped(), link.toHtmlEscaped())
                    : QStringLiteral("<br>→ %1").arg(link.toHtmlEscaped());
    }
    m_text->setHtml(html);
    m_links->setText(e.links.join(QLatin1Char(' ')));
    m_milestone->setCurrentIndex(m_milestone->findData(int(e.milestone)));
    m_important->setChecked(e.important);
    m_public->setChecked(e.isPublic);
    for (const TimelineEntry& r : m_revisions)
        m_history->addItem(tr("Revision %1, replaced %2 by %3%4:\n%5")
                               .arg(r.revision)
                               .arg(TimelineModel::formatTime(r.replacedAt), r.replacedBy,
                                    r.deleted ? tr(" (deleted)") : QString(), r.text));
    m_history->addItem(tr("Revision %1 (current)%2:\n%3")
                           .arg(e.revision)
                           .arg(e.deleted ? tr(" (deleted)") : QString(), e.text));
}

void EntryDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntryDetailPane::retranslateUi()
{
    m_linksLabel->setText(tr("Links:"));
    m_links->setPlaceholderText(tr("https://… (separate with spaces; Enter saves)"));
    m_milestoneLabel->setText(tr("Milestone:"));
    m_milestone->clear();
    m_milestone->addItem(tr("None"), int(Milestone::None));
    for (Milestone m : Milestones::table().all())
        m_milestone->addItem(Milestones::label(m), int(m));
    m_important->setText(tr("Important (Ctrl+I)"));
    m_public->setText(tr("Public, for the customer report"));
    m_historyLabel->setText(tr("History"));
    refresh();
}
