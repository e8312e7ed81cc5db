#include "rolecard.h"

#include "peoplemodel.h"
#include "plaintooltip.h"
#include "uiformat.h"

#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* label(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText); // names, duties, notes: user text
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPushButton* button(const char* name, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}
} // namespace

RoleCard::RoleCard(QWidget* parent)
    : QFrame(parent), m_name(label("roleName", this)), m_help(label("helpBadge", this)),
      m_duty(label("duty", this)), m_holder(label("holder", this)), m_reach(label("reach", this)),
      m_since(label("since", this)), m_helpNote(label("helpNote", this)), m_offerLabel(label("offer", this)),
      m_acknowledge(button("acknowledgeButton", this)), m_withdraw(button("withdrawButton", this)),
      m_assign(button("assignButton", this)), m_handoff(button("handoffButton", this)),
      m_release(button("releaseButton", this)), m_history(button("historyButton", this)),
      m_helpButton(button("helpButton", this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setHighlighted(false);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_help->setStyleSheet(
        QStringLiteral("background: #c62828; color: white; font-weight: bold; padding: 1px 6px;"));
    m_help->setWordWrap(false);
    m_duty->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_helpNote->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_offerLabel->setStyleSheet(QStringLiteral("color: #1565c0;"));
    QFont holderFont = m_holder->font();
    holderFont.setBold(true);
    m_holder->setFont(holderFont);

    auto* title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_help, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QPushButton* b : {m_assign, m_handoff, m_release, m_history, m_helpButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addWidget(m_duty);
    layout->addWidget(m_holder);
    layout->addWidget(m_reach);
    layout->addWidget(m_since);
    layout->addWidget(m_helpNote);
    auto* offer = new QHBoxLayout;
    offer->addWidget(m_offerLabel, 1);
    offer->addWidget(m_acknowledge);
    offer->addWidget(m_withdraw);
    layout->addLayout(offer);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, [this] { emit assignRequested(m_slot.role.key); });
    connect(m_handoff, &QPushButton::clicked, this, [this] { emit handoffRequested(m_slot.role.key); });
    connect(m_release, &QPushButton::clicked, this, [this] { emit releaseRequested(m_slot.role.key); });
    connect(m_history, &QPushButton::clicked, this, [this] { emit historyRequested(m_slot.role.key); });
    connect(m_acknowledge, &QPushButton::clicked, this,
            [this] { emit acknowledgeRequested(m_slot.role.key); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { emit withdrawRequested(m_slot.role.key); });
    connect(m_helpButton, &QPushButton::clicked, this,
            [this] { emit helpToggled(m_slot.role.key, !m_slot.help.has_value()); });
}

void RoleCard::setRoleSlot(const RoleSlot& slot, const RoleBoard& board)
{
    m_slot = slot;
    m_board = board;
    setObjectName(QStringLiteral("roleCard_") + slot.role.key);
    render();
}

void RoleCard::setOffer(const std::optional<HandoffOffer>& offer, bool mine)
{
    m_offer = offer;
    m_offerIsMine = mine;
    render();
}

void RoleCard::render()
{
    const bool isCommander = m_slot.role.key == Roles::commander;
    const bool open = m_board.incidentOpen;
    m_name->setText(m_slot.role.displayName());
    m_duty->setText(m_slot.role.displayDuty());
    m_help->setVisible(m_slot.help.has_value());
    m_help->setText(tr("Needs help"));
    const QString helpText = !m_slot.help                  ? QString()
                             : m_slot.help->note.isEmpty() ? tr("More people are needed for this role.")
                                                           : m_slot.help->note;
    m_help->setToolTip(plainToolTip(helpText));
    m_helpNote->setText(helpText.isEmpty() ? QString() : tr("Help asked for: %1").arg(helpText));
    m_helpNote->setVisible(!helpText.isEmpty());

    if (m_slot.holder) {
        m_holder->setText(m_slot.holder->label());
        m_holder->setStyleSheet(QString());
        m_reach->setText(m_slot.holder->reachText().isEmpty()
                             ? tr("How to reach them: unknown (add a handle, phone or e-mail on the roster)")
                             : tr("Reach: %1").arg(m_slot.holder->reachText()));
        m_since->setText(tr("Since %1").arg(UiFormat::dateTime(m_slot.assignment->startedAt)));
    } else if (isCommander) {
        m_holder->setText(tr("Nobody is Incident Commander"));
        m_holder->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_reach->clear();
        m_since->clear();
    } else {
        const auto ic = m_board.commander();
        m_holder->setText(ic ? tr("Held by the IC, %1").arg(ic->name) : tr("Not delegated"));
        m_holder->setStyleSheet(QStringLiteral("color: #616161; font-style: italic;"));
        m_reach->clear();
        m_since->clear();
    }
    m_reach->setVisible(!m_reach->text().isEmpty());
    m_since->setVisible(!m_since->text().isEmpty());

    // Command moves only by handoff; an assigned IC cannot be replaced with "Assign".
    m_assign->setText(m_slot.holder ? tr("Reassign…") : tr("Assign…"));
    m_assign->setVisible(!(isCommander && m_slot.holder));
    m_handoff->setText(tr("Hand off…"));
    m_handoff->setVisible(m_slot.holder.has_value());
    m_release->setText(tr("Release"));
    m_release->setVisible(m_slot.holder.has_value() && !(isCommander && open));
    m_history->setText(tr("History"));
    m_helpButton->setText(m_slot.help ? tr("Help found") : tr("Need help"));
    for (QPushButton* b : {m_assign, m_handoff, m_release, m_helpButton})
        b->setEnabled(!m_board.incidentClosed); // a resolved incident's roles may still change
    setToolTip(
        plainToolTip(tr("Drop a person from the roster here to assign %1.").arg(m_slot.role.displayName())));

    // A handoff offered from another desktop (or icctl) waits here for the incoming holder.
    m_offerLabel->setText(
        m_offer ? tr("Handoff offered to %1; waiting for their acknowledgement.").arg(m_offer->toName)
                : QString());
    m_offerLabel->setToolTip(m_offer ? plainToolTip(m_offer->briefing.toText()) : QString());
    m_acknowledge->setText(tr("Acknowledge and take over"));
    m_withdraw->setText(tr("Withdraw"));
    m_offerLabel->setVisible(m_offer.has_value());
    m_acknowledge->setVisible(m_offer && m_offerIsMine);
    m_withdraw->setVisible(m_offer.has_value());
    // A button never narrower than its text: the card's minimum width then includes its buttons, and the
    // board puts cards side by side only when they fit whole (the labels' minimum width alone is small).
    for (QPushButton* b : {m_assign, m_handoff, m_release, m_history, m_helpButton, m_acknowledge, m_withdraw})
        b->setMinimumWidth(b->sizeHint().width());
}

void RoleCard::setHighlighted(bool on)
{
    setStyleSheet(on ? QStringLiteral("RoleCard { border: 2px dashed #1565c0; background: #e3f2fd; }")
                     : QStringLiteral("RoleCard { border: 1px solid palette(mid); border-radius: 4px; }"));
}

void RoleCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_slot.role.key.isEmpty())
        render();
    QFrame::changeEvent(event);
}

void RoleCard::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(PeopleModel::mimeType()) && !m_board.incidentClosed) {
        setHighlighted(true);
        event->acceptProposedAction();
    }
}

void RoleCard::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void RoleCard::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    bool ok = false;
    const qint64 personId = event->mimeData()->data(PeopleModel::mimeType()).toLongLong(&ok);
    if (!ok)
        return;
    event->acceptProposedAction();
    emit personDropped(m_slot.role.key, personId);
}
