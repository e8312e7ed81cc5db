#include "documentpanel.h"

#include "changeswidget.h"
#include "core.h"
#include "historydialog.h"
#include "services/documentservice.h"
#include "storage/database.h"
#include "timelinemodel.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Left column: the status the IC keeps current; right column: the standing parts of the document.
const QList<DocField> kLeft = {DocField::Summary, DocField::StatusKnown, DocField::StatusDoing,
                               DocField::Impact};
const QList<DocField> kRight = {DocField::CommandPost, DocField::ExitCriteria, DocField::Todos};
} // namespace

DocumentPanel::DocumentPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_next(new QDateTimeEdit(this)), m_saved(new QLabel(this)),
      m_save(new QPushButton(this)), m_changes(new ChangesWidget(core, this))
{
    setObjectName(QStringLiteral("documentPanel"));
    m_next->setObjectName(QStringLiteral("docNextUpdate"));
    m_save->setObjectName(QStringLiteral("docSave"));
    m_saved->setTextFormat(Qt::PlainText); // "saved by" names a user
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_next->setCalendarPopup(true);
    m_next->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_save->setShortcut(QKeySequence::Save);

    auto* fields = new QWidget;
    auto* grid = new QGridLayout(fields);
    auto place = [&](DocField f, int row, int col) {
        auto* label = new QLabel;
        auto* history = new QToolButton;
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("doc_") + DocFields::key(f));
        history->setObjectName(QStringLiteral("docHistory_") + DocFields::key(f));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        auto* head = new QHBoxLayout;
        head->addWidget(label, 1);
        head->addWidget(history);
        grid->addLayout(head, row * 2, col);
        grid->addWidget(edit, row * 2 + 1, col);
        m_text.insert(f, edit);
        m_labels.insert(f, label);
        m_historyButtons.insert(f, history);
        connect(history, &QToolButton::clicked, this, [this, f] { showHistory(f); });
    };
    for (int i = 0; i < kLeft.size(); ++i)
        place(kLeft.at(i), i, 0);
    for (int i = 0; i < kRight.size(); ++i)
        place(kRight.at(i), i, 1);
    auto* nextLabel = new QLabel;
    m_labels.insert(DocField::NextUpdate, nextLabel);
    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(nextLabel);
    nextRow->addWidget(m_next);
    nextRow->addStretch();
    nextRow->addWidget(m_saved);
    nextRow->addWidget(m_save);
    grid->addLayout(nextRow, int(kLeft.size()) * 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_save, &QPushButton::clicked, this, &DocumentPanel::save);
    connect(m_changes, &ChangesWidget::errorOccurred, this, &DocumentPanel::errorOccurred);
    connect(&core.document(), &DocumentService::documentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.database(), &Database::externalChange, this, &DocumentPanel::refresh);
    retranslateUi();
}

void DocumentPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_loaded = IncidentDocument{};
    setEnabled(incidentId != 0);
    for (QPlainTextEdit* e : std::as_const(m_text))
        e->clear();
    refresh();
    m_changes->setIncident(incidentId);
}

QString DocumentPanel::name()
{
    return tr("Document");
}

QString DocumentPanel::valueOf(DocField f) const
{
    if (f == DocField::NextUpdate)
        return m_next->dateTime() == m_next->minimumDateTime()
                   ? QString()
                   : m_next->dateTime().toUTC().toString(Qt::ISODate);
    return m_text.value(f)->toPlainText();
}

void DocumentPanel::refresh()
{
    if (!m_incidentId)
        return;
    const auto doc = m_core.document().document(m_incidentId);
    if (!doc)
        return emit errorOccurred(doc.error());
    // Fields the user is editing keep what they typed; the others follow the stored document.
    for (auto it = m_text.cbegin(); it != m_text.cend(); ++it)
        if (it.value()->toPlainText() == m_loaded.value(it.key()))
            it.value()->setPlainText(doc->value(it.key()));
    if (valueOf(DocField::NextUpdate) == m_loaded.value(DocField::NextUpdate)) {
        const QDateTime next = doc->nextUpdateAt();
        m_next->setDateTime(next.isValid() ? next.toLocalTime() : m_next->minimumDateTime());
    }
    m_loaded = doc.value();
    QDateTime last;
    QString by;
    for (const DocFieldVersion& v : std::as_const(m_loaded.fields))
        if (!v.editedBy.isEmpty() && v.editedAt > last) {
            last = v.editedAt;
            by = v.editedBy;
        }
    m_saved->setText(last.isValid() ? tr("Last saved %1 by %2").arg(TimelineModel::formatTime(last), by)
                                    : QString());
}

void DocumentPanel::save()
{
    if (!m_incidentId)
        return;
    QHash<DocField, QString> values;
    for (DocField f : DocFields::table().all())
        if (valueOf(f) != m_loaded.value(f))
            values.insert(f, valueOf(f));
    if (values.isEmpty())
        return;
    if (Status s = m_core.document().setFields(m_incidentId, values, m_core.userName()); !s)
        emit errorOccurred(s.error());
}

void DocumentPanel::showHistory(DocField field)
{
    const auto versions = m_core.document().history(m_incidentId, field);
    if (!versions)
        return emit errorOccurred(versions.error());
    QStringList lines;
    for (const DocFieldVersion& v : versions.value())
        lines << tr("%1, %2:\n%3").arg(TimelineModel::formatTime(v.editedAt), v.editedBy, v.value);
    if (lines.isEmpty())
        lines << tr("No earlier versions.");
    HistoryDialog dialog(tr("History of \"%1\"").arg(DocFields::label(field)), lines, this);
    if (!versions->isEmpty())
        dialog.offerRestore(
            [this, field, chosen = versions.value()](int row) { restore(field, chosen.at(row).value); });
    dialog.exec();
}

void DocumentPanel::restore(DocField field, const QString& value)
{
    // What was typed into this field and not saved gives way to the version chosen; refresh() then shows it.
    if (QPlainTextEdit* edit = m_text.value(field))
        edit->setPlainText(m_loaded.value(field));
    if (Status s = m_core.document().setFields(m_incidentId, {{field, value}}, m_core.userName()); !s)
        emit errorOccurred(s.error());
}

void DocumentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void DocumentPanel::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(QStringLiteral("<b>%1</b>").arg(DocFields::label(it.key()).toHtmlEscaped()));
    for (QToolButton* b : std::as_const(m_historyButtons)) {
        b->setText(tr("History"));
        b->setToolTip(tr("Every earlier version of this field"));
    }
    m_text.value(DocField::StatusKnown)->setPlaceholderText(tr("What we know so far"));
    m_text.value(DocField::StatusDoing)->setPlaceholderText(tr("What we are doing about it, and who"));
    m_text.value(DocField::CommandPost)->setPlaceholderText(tr("Chat room, call bridge, dashboards (links)"));
    m_text.value(DocField::ExitCriteria)->setPlaceholderText(tr("When is this incident over?"));
    m_text.value(DocField::Todos)->setPlaceholderText(tr("One TODO a line"));
    m_next->setSpecialValueText(tr("Not scheduled"));
    m_save->setText(tr("Save (Ctrl+S)"));
    refresh();
}
