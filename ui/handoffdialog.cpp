#include "handoffdialog.h"

#include "handoffannouncebox.h"

#include "core.h"
#include "domain/briefingdraft.h"
#include "services/handoffannouncement.h"
#include "services/handoffofferservice.h"
#include "services/incidentservice.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QPlainTextEdit* textBox(const char* name, QWidget* parent)
{
    auto* t = new QPlainTextEdit(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setTabChangesFocus(true);
    return t;
}
} // namespace

HandoffDialog::HandoffDialog(Core& core, qint64 incidentId, const QString& roleKey, QWidget* parent)
    : QDialog(parent), m_core(core), m_incidentId(incidentId), m_roleKey(roleKey), m_intro(new QLabel(this)),
      m_fromLabel(new QLabel(this)), m_from(new QLabel(this)), m_toLabel(new QLabel(this)),
      m_to(new QComboBox(this)), m_briefingBox(new QGroupBox(this)), m_situationLabel(new QLabel(this)),
      m_situation(textBox("situation", this)), m_objectivesLabel(new QLabel(this)),
      m_objectives(textBox("objectives", this)), m_actionsLabel(new QLabel(this)),
      m_actions(textBox("currentActions", this)), m_organisationLabel(new QLabel(this)),
      m_organisation(textBox("organisation", this)), m_ack(new QCheckBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_offer(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole)),
      m_announce(new HandoffAnnounceBox(core, roleKey == Roles::commander, this))
{
    setObjectName(QStringLiteral("handoffDialog"));
    m_from->setObjectName(QStringLiteral("outgoing"));
    // Messages and names quote user text: shown as typed, never as rich text.
    m_from->setTextFormat(Qt::PlainText);
    m_to->setObjectName(QStringLiteral("incoming"));
    m_ack->setObjectName(QStringLiteral("acknowledge"));
    m_error->setObjectName(QStringLiteral("handoffError"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordHandoff"));
    m_offer->setObjectName(QStringLiteral("offerHandoff"));
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    QFont bold = m_ack->font();
    bold.setBold(true);
    m_ack->setFont(bold);

    auto* people = new QFormLayout;
    people->addRow(m_fromLabel, m_from);
    people->addRow(m_toLabel, m_to);
    auto* briefing = new QFormLayout(m_briefingBox);
    briefing->setRowWrapPolicy(QFormLayout::WrapAllRows);
    briefing->addRow(m_situationLabel, m_situation);
    briefing->addRow(m_objectivesLabel, m_objectives);
    briefing->addRow(m_actionsLabel, m_actions);
    briefing->addRow(m_organisationLabel, m_organisation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(people);
    layout->addWidget(m_briefingBox, 1);
    layout->addWidget(m_ack);
    layout->addWidget(m_announce);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (const auto holder = m_core.roles().holder(incidentId, roleKey); holder && holder.value())
        m_outgoingId = holder.value()->personId;
    fillPeople();
    const auto incident = m_core.incidents().get(incidentId);
    const auto board = m_core.roles().board(incidentId);
    const auto recent = m_core.timeline().page(incidentId, true, {}, 50);
    if (incident && board) {
        const Briefing draft = BriefingDraft::make(incident.value(), board.value(),
                                                   recent ? recent.value() : QList<TimelineEntry>());
        m_situation->setPlainText(draft.situation);
        m_objectives->setPlainText(draft.objectives);
        m_actions->setPlainText(draft.currentActions);
        m_organisation->setPlainText(draft.organisation);
        // Command goes to the Next IC when there is one; otherwise to whoever is on call.
        if (roleKey == Roles::commander && board->nextCommander())
            setIncoming(board->nextCommander()->id);
        else if (const auto s = m_core.onCall().suggestion(roleKey);
                 s && s.value() && s.value()->id != m_outgoingId)
            setIncoming(s.value()->id);
    }

    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        m_ack->setChecked(false); // the acknowledgement belongs to the person who gave it
        retranslateUi();
    });
    connect(m_ack, &QCheckBox::toggled, this, &HandoffDialog::updateState);
    connect(m_situation, &QPlainTextEdit::textChanged, this, &HandoffDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandoffDialog::accept);
    connect(m_offer, &QPushButton::clicked, this, &HandoffDialog::offer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(640, 720);
}

void HandoffDialog::fillPeople()
{
    m_to->clear();
    m_to->addItem(QString(), 0);
    if (const auto people = m_core.people().list())
        for (const Person& p : people.value())
            if (p.id != m_outgoingId)
                m_to->addItem(p.label(), p.id);
}

void HandoffDialog::setIncoming(qint64 personId)
{
    const int index = m_to->findData(personId);
    if (index >= 0)
        m_to->setCurrentIndex(index);
}

qint64 HandoffDialog::incoming() const
{
    return m_to->currentData().toLongLong();
}

Briefing HandoffDialog::briefing() const
{
    return {m_situation->toPlainText(), m_objectives->toPlainText(), m_actions->toPlainText(),
            m_organisation->toPlainText()};
}

void HandoffDialog::offer()
{
    const auto o =
        m_core.handoffOffers().offer(m_incidentId, m_roleKey, incoming(), briefing(), m_core.userName());
    if (!o) {
        m_error->setText(o.error());
        m_error->show();
        return;
    }
    m_offered = o->id;
    QDialog::accept();
}

void HandoffDialog::updateState()
{
    const bool briefed = incoming() != 0 && !m_situation->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(briefed && m_ack->isChecked());
    m_offer->setEnabled(briefed); // the incoming holder acknowledges later, from their own window
    m_ack->setEnabled(incoming() != 0);
}

void HandoffDialog::accept()
{
    if (!m_ack->isChecked() || incoming() == 0)
        return;
    const auto h = m_core.handoffAnnouncement().handOff({m_incidentId, m_roleKey, incoming(), briefing(),
                                                         m_core.userName(), m_announce->channelIds(),
                                                         m_announce->language()});
    if (!h) {
        m_error->setText(h.error());
        m_error->show();
        return; // keep the briefing; let them fix it
    }
    m_recorded = h->id;
    QDialog::accept();
}

void HandoffDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandoffDialog::retranslateUi()
{
    const auto role = m_core.roles().definition(m_roleKey);
    const QString roleName = role ? role->displayName() : m_roleKey;
    setWindowTitle(tr("Hand off %1").arg(roleName));
    m_intro->setText(tr("Brief the incoming holder face to face or on the call, using the notes below. The "
                        "handoff is recorded only once they acknowledge it."));
    m_fromLabel->setText(tr("Outgoing:"));
    const auto out = m_outgoingId ? m_core.people().get(m_outgoingId) : Result<Person>(fail(QString()));
    m_from->setText(out ? out->label() : tr("(nobody)"));
    m_toLabel->setText(tr("Incoming:"));
    m_to->setItemText(0, tr("Choose who takes over…"));
    m_briefingBox->setTitle(tr("Briefing (ICS-201)"));
    m_situationLabel->setText(tr("Situation: what is happening now"));
    m_objectivesLabel->setText(tr("Objectives: what we are trying to achieve"));
    m_actionsLabel->setText(tr("Current actions: what is under way, by whom"));
    m_organisationLabel->setText(tr("Current organisation: who holds which role"));
    m_ack->setText(
        incoming()
            ? tr("I, %1, have received this briefing and take over %2.").arg(m_to->currentText(), roleName)
            : tr("The incoming holder acknowledges the briefing."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record handoff"));
    m_offer->setText(tr("Offer; they acknowledge later"));
    m_offer->setToolTip(tr("For an incoming holder who is not at this screen: they read the briefing and "
                           "acknowledge it in their own window or with icctl role ack."));
    updateState();
}
