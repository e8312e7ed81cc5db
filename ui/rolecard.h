#pragma once

#include "domain/handoff.h"
#include "domain/roleboard.h"

#include <QFrame>

class QLabel;
class QPushButton;

// One role on the board: its name and duties, who holds it since when and how to reach them, and a call
// for help. People dropped on the card from the roster are assigned to the role.
class RoleCard final : public QFrame
{
    Q_OBJECT
public:
    explicit RoleCard(QWidget* parent = nullptr);

    // `board` gives the context: who the IC is (vacant roles are theirs) and whether the incident is open.
    void setRoleSlot(const RoleSlot& slot, const RoleBoard& board);
    // An open handoff offer for this role; `mine`: the user of this window is the one to acknowledge it.
    void setOffer(const std::optional<HandoffOffer>& offer, bool mine);
    QString roleKey() const { return m_slot.role.key; }

signals:
    void assignRequested(const QString& roleKey);
    void personDropped(const QString& roleKey, qint64 personId);
    void handoffRequested(const QString& roleKey);
    void releaseRequested(const QString& roleKey);
    void historyRequested(const QString& roleKey);
    void helpToggled(const QString& roleKey, bool needHelp);
    void acknowledgeRequested(const QString& roleKey);
    void withdrawRequested(const QString& roleKey);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void render();
    void setHighlighted(bool on);

    RoleSlot m_slot;
    RoleBoard m_board;
    std::optional<HandoffOffer> m_offer;
    bool m_offerIsMine = false;
    QLabel* m_name;
    QLabel* m_help;
    QLabel* m_duty;
    QLabel* m_holder;
    QLabel* m_reach;
    QLabel* m_since;
    QLabel* m_helpNote;
    QLabel* m_offerLabel;
    QPushButton* m_acknowledge;
    QPushButton* m_withdraw;
    QPushButton* m_assign;
    QPushButton* m_handoff;
    QPushButton* m_release;
    QPushButton* m_history;
    QPushButton* m_helpButton;
};
