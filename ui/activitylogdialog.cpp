#include "activitylogdialog.h"
#include "filewrite.h"

#include "core.h"
#include "services/incidentservice.h"
#include "services/roleservice.h"
#include "uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

ActivityLogDialog::ActivityLogDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent)
    : QDialog(parent), m_core(core), m_incidentId(incidentId), m_role(new QComboBox(this)),
      m_roleLabel(new QLabel(this)), m_tree(new QTreeWidget(this)), m_status(new QLabel(this)),
      m_csv(new QPushButton(this)), m_markdown(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("activityLogDialog"));
    m_role->setObjectName(QStringLiteral("activityRole"));
    m_tree->setObjectName(QStringLiteral("activityTree"));
    m_tree->setColumnCount(3);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_status->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_status->setTextFormat(Qt::PlainText);
    for (QPushButton* b : {m_csv, m_markdown})
        b->setAutoDefault(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_roleLabel);
    top->addWidget(m_role, 1);
    top->addWidget(m_csv);
    top->addWidget(m_markdown);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    fillRoles();
    setRole(roleKey);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ActivityLogDialog::reload);
    auto save = [this](Format format, const QString& suffix, const QString& filter) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export activity log"),
                                                          m_role->currentData().toString() + suffix, filter);
        if (!path.isEmpty())
            exportTo(path, format);
    };
    connect(m_csv, &QPushButton::clicked, this,
            [=] { save(Format::Csv, QStringLiteral(".csv"), tr("CSV files (*.csv)")); });
    connect(m_markdown, &QPushButton::clicked, this,
            [=] { save(Format::Markdown, QStringLiteral(".md"), tr("Markdown files (*.md)")); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(820, 560);
}

void ActivityLogDialog::fillRoles()
{
    const QString current = m_role->currentData().toString();
    m_role->clear();
    if (const auto board = m_core.roles().board(m_incidentId))
        for (const RoleSlot& s : board->roleSlots)
            m_role->addItem(s.role.displayName(), s.role.key);
    const int index = m_role->findData(current);
    if (index >= 0)
        m_role->setCurrentIndex(index);
}

void ActivityLogDialog::setRole(const QString& roleKey)
{
    const int index = m_role->findData(roleKey);
    if (index >= 0)
        m_role->setCurrentIndex(index);
    reload();
}

void ActivityLogDialog::reload()
{
    m_tree->clear();
    const auto log = m_core.roles().activityLog(m_incidentId, m_role->currentData().toString());
    if (!log) {
        m_status->setText(log.error());
        return;
    }
    for (const ActivityPeriod& p : log.value()) {
        auto* period = new QTreeWidgetItem(m_tree);
        period->setText(0, p.holderLabel);
        period->setText(1, tr("%1 – %2").arg(UiFormat::dateTimeShort(p.assignment.startedAt),
                                             p.assignment.isCurrent()
                                                 ? tr("now")
                                                 : UiFormat::dateTimeShort(p.assignment.endedAt)));
        period->setText(2, tr("%n entries", "", int(p.entries.size())));
        QFont bold = period->font(0);
        bold.setBold(true);
        period->setFont(0, bold);
        for (const TimelineEntry& e : p.entries) {
            auto* item = new QTreeWidgetItem(period);
            item->setText(0, UiFormat::dateTime(e.occurredAt));
            item->setText(1, EntryKinds::label(e.kind));
            item->setText(2, e.text);
        }
        period->setExpanded(true);
    }
    m_status->clear();
}

bool ActivityLogDialog::exportTo(const QString& path, Format format)
{
    const QString roleKey = m_role->currentData().toString();
    const auto log = m_core.roles().activityLog(m_incidentId, roleKey);
    const auto incident = m_core.incidents().get(m_incidentId);
    if (!log || !incident) {
        m_status->setText(!log ? log.error() : incident.error());
        return false;
    }
    const QString text =
        format == Format::Csv
            ? ActivityLog::toCsv(log.value())
            : ActivityLog::toMarkdown(incident->code + QStringLiteral(" — ") + m_role->currentText(),
                                      log.value());
    if (Status s = FileWrite::atomically(path, text.toUtf8()); !s) {
        m_status->setText(s.error());
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(path));
    return true;
}

void ActivityLogDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillRoles();
        reload();
    }
    QDialog::changeEvent(event);
}

void ActivityLogDialog::retranslateUi()
{
    setWindowTitle(tr("Activity log (ICS-214)"));
    m_roleLabel->setText(tr("Role:"));
    m_tree->setHeaderLabels({tr("Holder / time"), tr("Held / kind"), tr("What they recorded")});
    m_csv->setText(tr("Export CSV…"));
    m_markdown->setText(tr("Export Markdown…"));
}
