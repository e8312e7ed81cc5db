#include "brainstormpanel.h"

#include "core.h"
#include "services/brainstormservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

BrainstormPanel::BrainstormPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_help(new QLabel(this)), m_input(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_confirm(new QPushButton(this)), m_ruleOut(new QPushButton(this)),
      m_reopen(new QPushButton(this))
{
    setObjectName(QStringLiteral("brainstormPanel"));
    m_input->setObjectName(QStringLiteral("ideaInput"));
    m_list->setObjectName(QStringLiteral("ideaList"));
    m_confirm->setObjectName(QStringLiteral("ideaConfirm"));
    m_ruleOut->setObjectName(QStringLiteral("ideaRuleOut"));
    m_reopen->setObjectName(QStringLiteral("ideaReopen"));
    m_help->setWordWrap(true);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_confirm->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Y")));
    m_ruleOut->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_reopen->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton* b : {m_confirm, m_ruleOut, m_reopen})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_help);
    layout->addWidget(m_input);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_input, &QLineEdit::returnPressed, this, &BrainstormPanel::addIdea);
    connect(m_confirm, &QPushButton::clicked, this, [this] { setVerdict(int(IdeaState::Confirmed)); });
    connect(m_ruleOut, &QPushButton::clicked, this, [this] { setVerdict(int(IdeaState::RuledOut)); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setVerdict(int(IdeaState::Open)); });
    connect(&core.brainstorm(), &BrainstormService::ideasChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    // Undoing the add of a hypothesis on the timeline takes the idea off the board.
    connect(&core.database(), &Database::externalChange, this, &BrainstormPanel::refresh);
    retranslateUi();
}

void BrainstormPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    setEnabled(incidentId != 0);
    refresh();
}

QString BrainstormPanel::name()
{
    // The tab's label: short (ja: ブレスト), so that every workspace tab fits the default window.
    return tr("Brainstorm");
}

void BrainstormPanel::refresh()
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    if (!m_incidentId)
        return;
    const auto ideas = m_core.brainstorm().list(m_incidentId);
    if (!ideas)
        return emit errorOccurred(ideas.error());
    for (const BrainstormIdea& idea : ideas.value()) {
        QString mark;
        QColor color;
        switch (idea.state) {
        case IdeaState::Open:
            mark = QStringLiteral("?");
            break;
        case IdeaState::Confirmed:
            mark = QStringLiteral("✔");
            color = QColor(0x2e, 0x7d, 0x32);
            break;
        case IdeaState::RuledOut:
            mark = QStringLiteral("✘");
            color = QColor(Qt::gray);
            break;
        }
        auto* item = new QListWidgetItem(
            tr("%1  %2 — %3 (%4)").arg(mark, idea.text, idea.author, IdeaStates::label(idea.state)), m_list);
        item->setData(Qt::UserRole, idea.id);
        if (color.isValid())
            item->setForeground(color);
        if (idea.state == IdeaState::RuledOut) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
        }
        if (idea.id == selected)
            m_list->setCurrentItem(item);
    }
}

void BrainstormPanel::addIdea()
{
    if (!m_incidentId || m_input->text().trimmed().isEmpty())
        return;
    const auto idea = m_core.brainstorm().add(m_incidentId, m_input->text(), m_core.userName());
    if (!idea)
        return emit errorOccurred(idea.error());
    m_input->clear();
}

void BrainstormPanel::setVerdict(int state)
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const auto idea = m_core.brainstorm().setVerdict(item->data(Qt::UserRole).toLongLong(), IdeaState(state),
                                                     {}, m_core.userName());
    if (!idea)
        emit errorOccurred(idea.error());
}

void BrainstormPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void BrainstormPanel::retranslateUi()
{
    m_help->setText(
        tr("Collect every hypothesis and idea first, without judging: wild ideas are welcome, quantity "
           "before quality, combine and improve. Confirm or rule them out later; each verdict is "
           "written on the timeline."));
    m_input->setPlaceholderText(tr("A hypothesis or an idea (Enter adds it)"));
    m_confirm->setText(tr("Confirmed (Ctrl+Shift+Y)"));
    m_ruleOut->setText(tr("Ruled out (Ctrl+Shift+N)"));
    m_reopen->setText(tr("Reopen (Ctrl+Shift+U)"));
    refresh();
}
