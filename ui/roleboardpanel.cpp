#include "roleboardpanel.h"

#include "activitylogdialog.h"
#include "core.h"
#include "customroledialog.h"
#include "handoffdialog.h"
#include "oncalldialog.h"
#include "peoplemodel.h"
#include "personeditdialog.h"
#include "personpickerdialog.h"
#include "plaintooltip.h"
#include "rolecard.h"
#include "rolehistorydialog.h"
#include "rosterdialog.h"
#include "services/handoffofferservice.h"
#include "services/incidentservice.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "storage/database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int kMaxCardColumns = 2;
}

RoleBoardPanel::RoleBoardPanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_proxy(new QSortFilterProxyModel(this)),
      m_warnings(new QLabel(this)), m_icHolds(new QLabel(this)), m_onCall(new QLabel(this)),
      m_error(new QLabel(this)), m_addRole(new QPushButton(this)), m_addRoleMenu(new QMenu(this)),
      m_takeCommand(new QPushButton(this)), m_activity(new QPushButton(this)),
      m_history(new QPushButton(this)), m_roster(new QPushButton(this)),
      m_onCallButton(new QPushButton(this)), m_rosterLabel(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_rosterView(new QListView(this)), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("roleBoard"));
    m_warnings->setObjectName(QStringLiteral("boardWarnings"));
    // Messages and names quote user text: shown as typed, never as rich text.
    m_warnings->setTextFormat(Qt::PlainText);
    m_icHolds->setObjectName(QStringLiteral("icAlsoHolds"));
    m_icHolds->setTextFormat(Qt::PlainText);
    m_onCall->setObjectName(QStringLiteral("onCallNow"));
    m_onCall->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setTextFormat(Qt::PlainText);
    m_addRole->setObjectName(QStringLiteral("addRole"));
    m_takeCommand->setObjectName(QStringLiteral("takeCommand"));
    m_activity->setObjectName(QStringLiteral("activityLog"));
    m_history->setObjectName(QStringLiteral("allHistory"));
    m_roster->setObjectName(QStringLiteral("rosterButton"));
    m_onCallButton->setObjectName(QStringLiteral("onCallButton"));
    m_filter->setObjectName(QStringLiteral("rosterFilter"));
    m_rosterView->setObjectName(QStringLiteral("rosterList"));

    for (QLabel* l : {m_warnings, m_icHolds, m_onCall, m_error})
        l->setWordWrap(true);
    m_warnings->setStyleSheet(
        QStringLiteral("background: #fff3e0; color: #b71c1c; border: 1px solid #ef6c00; padding: 4px;"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_addRole->setMenu(m_addRoleMenu);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_rosterView->setModel(m_proxy);
    m_rosterView->setModelColumn(PeopleModel::Name);
    m_rosterView->setDragEnabled(true);
    m_rosterView->setDragDropMode(QAbstractItemView::DragOnly);
    m_filter->setClearButtonEnabled(true);

    auto* tools = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_takeCommand, m_addRole, m_history, m_activity,
                                                      m_roster, m_onCallButton})
        tools->addWidget(w);
    tools->addStretch(1);

    auto* rosterSide = new QWidget(this);
    auto* rosterLayout = new QVBoxLayout(rosterSide);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addWidget(m_rosterLabel);
    rosterLayout->addWidget(m_filter);
    rosterLayout->addWidget(m_rosterView, 1);
    rosterLayout->addWidget(m_onCall);

    auto* cards = new QWidget(this);
    auto* cardsLayout = new QVBoxLayout(cards);
    cardsLayout->addLayout(m_grid);
    cardsLayout->addStretch(1);
    m_grid->setSpacing(8);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cards);
    scroll->viewport()->installEventFilter(this);
    m_scroll = scroll;

    auto* splitter = new QSplitter(this);
    splitter->addWidget(rosterSide);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 800});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(m_icHolds);
    layout->addWidget(m_error);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_addRoleMenu, &QMenu::aboutToShow, this, &RoleBoardPanel::fillAddRoleMenu);
    connect(m_rosterView, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto person = m_core.people().get(index.data(PeopleModel::PersonIdRole).toLongLong());
        if (!person)
            return;
        PersonEditDialog dialog(m_core, person.value(), this);
        dialog.exec();
    });
    connect(m_takeCommand, &QPushButton::clicked, this, [this] {
        const auto ic = m_core.roles().takeCommand(m_incidentId, m_core.userName());
        report(ic ? Status() : Status(ic.failure()));
    });
    connect(m_history, &QPushButton::clicked, this, [this] { showHistory({}); });
    connect(m_activity, &QPushButton::clicked, this, [this] { showActivityLog(); });
    connect(m_roster, &QPushButton::clicked, this, &RoleBoardPanel::showRoster);
    connect(m_onCallButton, &QPushButton::clicked, this, &RoleBoardPanel::showOnCall);
    connect(&core.roles(), &RoleService::rolesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    // Severity and status change the warnings and whether the board can still change.
    connect(&core.incidents(), &IncidentService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.roles(), &RoleService::roleDefinitionsChanged, this, &RoleBoardPanel::refresh);
    connect(&core.handoffOffers(), &HandoffOfferService::offersChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.people(), &PersonService::peopleChanged, this, &RoleBoardPanel::refresh);
    connect(&core.onCall(), &OnCallService::rotationsChanged, this, &RoleBoardPanel::refresh);
    connect(&core.database(), &Database::externalChange, this, &RoleBoardPanel::refresh);
    retranslateUi();
}

QString RoleBoardPanel::name()
{
    return tr("Roles");
}

void RoleBoardPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_error->hide();
    refresh();
}

RoleCard* RoleBoardPanel::card(const QString& roleKey) const
{
    for (RoleCard* c : m_cards)
        if (c->roleKey() == roleKey)
            return c;
    return nullptr;
}

QString RoleBoardPanel::lastError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

RoleCard* RoleBoardPanel::makeCard()
{
    auto* c = new RoleCard(this);
    connect(c, &RoleCard::assignRequested, this, &RoleBoardPanel::assignWithPicker);
    connect(c, &RoleCard::personDropped, this, &RoleBoardPanel::assignPerson);
    connect(c, &RoleCard::handoffRequested, this, [this](const QString& key) { handOff(key); });
    connect(c, &RoleCard::releaseRequested, this, [this](const QString& key) {
        report(m_core.roles().release(m_incidentId, key, m_core.userName()));
    });
    connect(c, &RoleCard::historyRequested, this, &RoleBoardPanel::showHistory);
    connect(c, &RoleCard::helpToggled, this, &RoleBoardPanel::toggleHelp);
    connect(c, &RoleCard::acknowledgeRequested, this, [this](const QString& key) {
        const auto h = m_core.handoffOffers().acknowledge(m_incidentId, key, m_core.userName());
        report(h ? Status() : Status(h.failure()));
    });
    connect(c, &RoleCard::withdrawRequested, this, [this](const QString& key) {
        report(m_core.handoffOffers().withdraw(m_incidentId, key, m_core.userName()));
    });
    return c;
}

void RoleBoardPanel::showEvent(QShowEvent* event)
{
    IncidentPanel::showEvent(event);
    if (m_stale)
        refresh();
}

bool RoleBoardPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        flowCards();
    return IncidentPanel::eventFilter(watched, event);
}

void RoleBoardPanel::flowCards()
{
    int cardWidth = 0;
    for (const RoleCard* c : std::as_const(m_cards))
        cardWidth = qMax(cardWidth, c->minimumSizeHint().width());
    const int spacing = m_grid->spacing();
    const int room = m_scroll->viewport()->width() - 2 * spacing;
    const int columns = cardWidth > 0 ? qBound(1, (room + spacing) / (cardWidth + spacing), kMaxCardColumns)
                                      : kMaxCardColumns;
    if (columns == m_columns && !m_cards.isEmpty() && m_grid->count() == m_cards.size())
        return;
    m_columns = columns;
    for (RoleCard* c : std::as_const(m_cards))
        m_grid->removeWidget(c);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / m_columns, i % m_columns);
    for (int c = 0; c < kMaxCardColumns; ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

void RoleBoardPanel::refresh()
{
    // A hidden tab waits until it is shown: the window starts (and follows other processes' commits)
    // without reading the board nobody is looking at.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_people) {
        m_people = new PeopleModel(m_core, this);
        m_proxy->setSourceModel(m_people);
    }
    const auto board = m_incidentId ? m_core.roles().board(m_incidentId) : Result<RoleBoard>(fail(QString()));
    const QList<RoleSlot> slotList = board ? board->roleSlots : QList<RoleSlot>();
    // Cards are reused, never deleted here: a refresh may run inside a card's own button handler.
    while (m_cards.size() < slotList.size()) {
        RoleCard* c = makeCard();
        const int index = int(m_cards.size());
        m_grid->addWidget(c, index / m_columns, index % m_columns);
        m_cards << c;
    }
    const auto offers = m_incidentId ? m_core.handoffOffers().openOffers(m_incidentId)
                                     : Result<QList<HandoffOffer>>(QList<HandoffOffer>());
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i)->setVisible(i < slotList.size());
        if (i >= slotList.size())
            continue;
        RoleCard* c = m_cards.at(i);
        c->setRoleSlot(slotList.at(i), board.value());
        std::optional<HandoffOffer> offer;
        for (const HandoffOffer& o : offers ? offers.value() : QList<HandoffOffer>())
            if (o.roleKey == slotList.at(i).role.key)
                offer = o;
        const auto incoming =
            offer ? m_core.people().get(offer->toPersonId) : Result<Person>(fail(QString()));
        c->setOffer(offer, incoming && incoming->isUser(m_core.userName()));
    }
    flowCards();
    const QStringList warnings = board ? board->warnings() : QStringList();
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    const QString holds = board ? board->icAlsoHoldsText() : QString();
    m_icHolds->setText(holds.isEmpty() ? QString() : tr("IC also holds: %1").arg(holds));
    m_icHolds->setVisible(!holds.isEmpty());
    m_takeCommand->setVisible(board && board->incidentOpen && !board->commander());

    QStringList onCall;
    if (const auto now = m_core.onCall().onCall())
        for (const OnCallService::OnCallNow& n : now.value())
            if (n.primary)
                onCall << tr("%1: %2").arg(n.rotation.name, n.primary->name);
    m_onCall->setText(onCall.isEmpty() ? tr("On call now: no rotation set up")
                                       : tr("On call now: %1").arg(onCall.join(QStringLiteral(", "))));
}

void RoleBoardPanel::report(const Status& status)
{
    m_error->setText(status ? QString() : status.error());
    m_error->setVisible(!status);
}

void RoleBoardPanel::assignWithPicker(const QString& roleKey)
{
    PersonPickerDialog picker(m_core, roleKey, this);
    if (picker.exec() == QDialog::Accepted && picker.personId())
        assignPerson(roleKey, picker.personId());
}

void RoleBoardPanel::assignPerson(const QString& roleKey, qint64 personId)
{
    // Dropping someone on a held IC card starts a handoff to them: command never changes silently.
    if (roleKey == Roles::commander) {
        const auto holder = m_core.roles().holder(m_incidentId, roleKey);
        if (holder && holder.value()) {
            handOff(roleKey, personId);
            return;
        }
    }
    const auto done = m_core.roles().assign(m_incidentId, roleKey, personId, m_core.userName());
    report(done ? Status() : Status(done.failure()));
}

void RoleBoardPanel::handOff(const QString& roleKey, qint64 incomingId)
{
    HandoffDialog dialog(m_core, m_incidentId, roleKey, this);
    if (incomingId)
        dialog.setIncoming(incomingId);
    if (dialog.exec() == QDialog::Accepted)
        report({});
}

void RoleBoardPanel::showHistory(const QString& roleKey)
{
    RoleHistoryDialog dialog(m_core, m_incidentId, roleKey, this);
    dialog.exec();
}

void RoleBoardPanel::showRoster()
{
    RosterDialog dialog(m_core, this);
    dialog.exec();
}

void RoleBoardPanel::showActivityLog(const QString& roleKey)
{
    ActivityLogDialog dialog(m_core, m_incidentId, roleKey.isEmpty() ? Roles::commander : roleKey, this);
    dialog.exec();
}

void RoleBoardPanel::showOnCall()
{
    OnCallDialog dialog(m_core, this);
    dialog.exec();
}

void RoleBoardPanel::newCustomRole()
{
    CustomRoleDialog dialog(m_core, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_core.roles().addRole(m_incidentId, dialog.createdKey(), m_core.userName()));
}

void RoleBoardPanel::toggleHelp(const QString& roleKey, bool needHelp)
{
    if (!needHelp) {
        report(m_core.roles().clearHelp(m_incidentId, roleKey, m_core.userName()));
        return;
    }
    bool ok = false;
    const QString note =
        QInputDialog::getText(this, tr("Ask for help"),
                              tr("What kind of help is needed? (optional; Planning will look for "
                                 "someone)"),
                              QLineEdit::Normal, {}, &ok);
    if (ok)
        report(m_core.roles().requestHelp(m_incidentId, roleKey, note, m_core.userName()));
}

void RoleBoardPanel::fillAddRoleMenu()
{
    m_addRoleMenu->clear();
    const auto board = m_core.roles().board(m_incidentId);
    const auto definitions = m_core.roles().definitions();
    if (!board || !definitions)
        return;
    for (const RoleDefinition& d : definitions.value()) {
        if (d.core || board->slot(d.key))
            continue;
        QAction* a = m_addRoleMenu->addAction(d.displayName());
        a->setObjectName(QStringLiteral("addRole_") + d.key);
        a->setToolTip(plainToolTip(d.displayDuty()));
        connect(a, &QAction::triggered, this, [this, key = d.key] {
            report(m_core.roles().addRole(m_incidentId, key, m_core.userName()));
        });
    }
    if (m_addRoleMenu->isEmpty())
        m_addRoleMenu->addAction(tr("Every role is on the board"))->setEnabled(false);
    m_addRoleMenu->addSeparator();
    m_addRoleMenu->addAction(tr("New custom role…"), this, &RoleBoardPanel::newCustomRole)
        ->setObjectName(QStringLiteral("newCustomRole"));
}

void RoleBoardPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_people)
            m_people->reload(); // the "(on call)" note is translated
        retranslateUi();
    }
    IncidentPanel::changeEvent(event);
}

void RoleBoardPanel::retranslateUi()
{
    m_addRole->setText(tr("Add role"));
    m_takeCommand->setText(tr("Take command"));
    m_activity->setText(tr("Activity log…"));
    m_history->setText(tr("History…"));
    m_roster->setText(tr("Roster…"));
    m_onCallButton->setText(tr("On call…"));
    m_rosterLabel->setText(tr("Roster — drag a person onto a role"));
    m_rosterView->setToolTip(tr("Drag a person onto a role card to assign them; double-click to edit."));
    m_filter->setPlaceholderText(tr("Filter people"));
    refresh();
}
