#pragma once

#include "incidentpanel.h"
#include "result.h"

#include <QList>

class Core;
class PeopleModel;
class QGridLayout;
class QScrollArea;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class RoleCard;

// The role board tab: a card per role (the core four and the optional roles added), the roster to drag
// people from, warnings about the command structure, and the dialogs for handoff, history, roster and the
// activity log. Every change goes through RoleService; the board redraws on its signals.
class RoleBoardPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit RoleBoardPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language

    RoleCard* card(const QString& roleKey) const;
    QString lastError() const;

public slots:
    void refresh();
    void assignWithPicker(const QString& roleKey);
    void assignPerson(const QString& roleKey, qint64 personId);
    void handOff(const QString& roleKey, qint64 incomingId = 0);
    void showHistory(const QString& roleKey);
    void showRoster();
    void showActivityLog(const QString& roleKey = {});
    void showOnCall();
    void newCustomRole();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void report(const Status& status);
    void fillAddRoleMenu();
    void toggleHelp(const QString& roleKey, bool needHelp);
    RoleCard* makeCard();

    Core& m_core;
    qint64 m_incidentId = 0;
    PeopleModel* m_people = nullptr; // made when the board is first shown
    bool m_stale = true;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_warnings;
    QLabel* m_icHolds;
    QLabel* m_onCall;
    QLabel* m_error;
    QPushButton* m_addRole;
    QMenu* m_addRoleMenu;
    QPushButton* m_takeCommand;
    QPushButton* m_activity;
    QPushButton* m_history;
    QPushButton* m_roster;
    QPushButton* m_onCallButton;
    QLabel* m_rosterLabel;
    QLineEdit* m_filter;
    QListView* m_rosterView;
    // Cards flow into as many columns as fit (one or two), so a narrow window scrolls down, not sideways.
    void flowCards();
    QGridLayout* m_grid;
    QScrollArea* m_scroll = nullptr;
    int m_columns = 2;
    QList<RoleCard*> m_cards;
};
