#include "timelinefilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

TimelineFilterBar::TimelineFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_author(new QComboBox(this)), m_role(new QComboBox(this)), m_important(new QCheckBox(this)),
      m_deleted(new QCheckBox(this)), m_order(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_kind->setObjectName(QStringLiteral("timelineKindFilter"));
    m_author->setObjectName(QStringLiteral("timelineAuthorFilter"));
    m_role->setObjectName(QStringLiteral("timelineRoleFilter"));
    m_important->setObjectName(QStringLiteral("timelineImportantOnly"));
    m_deleted->setObjectName(QStringLiteral("timelineShowDeleted"));
    m_order->setObjectName(QStringLiteral("timelineOrder"));
    m_search->setClearButtonEnabled(true);
    m_order->setCheckable(true);
    m_order->setChecked(true);
    m_author->addItem(QString(), QString());
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setStacked(false);

    connect(m_search, &QLineEdit::textChanged, this, &TimelineFilterBar::filterChanged);
    for (QComboBox* c : {m_kind, m_author, m_role})
        connect(c, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::filterChanged);
    for (QCheckBox* c : {m_important, m_deleted})
        connect(c, &QCheckBox::toggled, this, &TimelineFilterBar::filterChanged);
    connect(m_order, &QToolButton::toggled, this, [this](bool newest) {
        retranslateUi();
        emit orderChanged(newest);
    });
    retranslateUi();
}

void TimelineFilterBar::setStacked(bool stacked)
{
    if (stacked == m_stacked)
        return;
    m_stacked = stacked;
    const QList<QWidget*> filters{m_kind, m_author, m_role, m_important, m_deleted, m_order};
    m_grid->removeWidget(m_search);
    for (QWidget* w : filters)
        m_grid->removeWidget(w);
    for (int c = 0; c <= filters.size(); ++c)
        m_grid->setColumnStretch(c, 0);
    // Side by side: the search takes the room the filters leave. Stacked: the search spans a row, the three
    // combos take the next and the two boxes and the order button the one after, so that the bar asks for
    // about 400 pixels instead of 700 (the author combo grows with the names).
    const qsizetype perRow = stacked ? 3 : filters.size();
    m_grid->addWidget(m_search, 0, 0, 1, stacked ? int(perRow) + 1 : 1);
    for (int i = 0; i < filters.size(); ++i)
        m_grid->addWidget(filters.at(i), stacked ? 1 + int(i / perRow) : 0,
                          stacked ? int(i % perRow) : 1 + i);
    m_grid->setColumnStretch(stacked ? int(perRow) : 0, 1);
}

TimelineFilter TimelineFilterBar::filter() const
{
    TimelineFilter f;
    f.text = m_search->text();
    if (m_kind->currentIndex() > 0)
        f.kinds << EntryKind(m_kind->currentData().toInt());
    f.author = m_author->currentData().toString();
    f.role = m_role->currentData().toString();
    f.importantOnly = m_important->isChecked();
    f.includeDeleted = m_deleted->isChecked();
    return f;
}

bool TimelineFilterBar::newestFirst() const
{
    return m_order->isChecked();
}

void TimelineFilterBar::toggleOrder()
{
    m_order->toggle();
}

void TimelineFilterBar::toggleDeleted()
{
    m_deleted->toggle();
}

void TimelineFilterBar::setAuthors(const QStringList& authors)
{
    const QString current = m_author->currentData().toString();
    const QSignalBlocker block(m_author);
    while (m_author->count() > 1)
        m_author->removeItem(1);
    for (const QString& a : authors)
        m_author->addItem(a, a);
    const int i = m_author->findData(current);
    m_author->setCurrentIndex(i < 0 ? 0 : i);
}

void TimelineFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelineFilterBar::retranslateUi()
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockRole(m_role);
    m_search->setPlaceholderText(tr("Search the timeline (Ctrl+F)"));
    const int kind = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (EntryKind k : EntryKinds::all())
        m_kind->addItem(EntryKinds::label(k), int(k));
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
    m_author->setItemText(0, tr("Everyone"));
    const int role = m_role->currentIndex();
    m_role->clear();
    m_role->addItem(tr("All roles"), QString());
    for (EntryRole r : EntryRoles::table().all())
        m_role->addItem(EntryRoles::label(r), EntryRoles::key(r));
    m_role->setCurrentIndex(role < 0 ? 0 : role);
    m_important->setText(tr("Important only"));
    m_deleted->setText(tr("Show deleted"));
    m_order->setText(m_order->isChecked() ? tr("Newest first") : tr("Oldest first"));
    m_order->setToolTip(tr("Switch the order (Ctrl+Shift+O)"));
}
