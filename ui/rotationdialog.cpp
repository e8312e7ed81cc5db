#include "rotationdialog.h"

#include "core.h"
#include "domain/clock.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

RotationDialog::RotationDialog(Core& core, Mode mode, QWidget* parent)
    : FormDialog(parent), m_core(core), m_mode(mode), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_kind(new QComboBox(this)), m_hours(new QSpinBox(this)),
      m_members(new QListWidget(this)), m_rotation(new QComboBox(this)), m_slot(new QComboBox(this)),
      m_person(new QComboBox(this)), m_start(new QDateTimeEdit(this)), m_end(new QDateTimeEdit(this))
{
    setObjectName(QStringLiteral("rotationDialog"));
    m_name->setObjectName(QStringLiteral("rotationName"));
    m_members->setObjectName(QStringLiteral("rotationMembers"));
    m_members->setDragDropMode(QAbstractItemView::InternalMove); // the list order is the turn order
    m_person->setObjectName(QStringLiteral("overridePerson"));
    m_hours->setRange(1, OnCall::maxShiftHours);
    m_hours->setValue(12);
    // Times are entered in local time and stored in UTC.
    const QDateTime now = m_core.clock().now().toLocalTime();
    m_start->setDateTime(now);
    m_end->setDateTime(now.addDays(1));
    for (QDateTimeEdit* e : {m_start, m_end})
        e->setCalendarPopup(true);

    const auto people = m_core.people().list();
    for (const Person& p : people ? people.value() : QList<Person>()) {
        auto* item = new QListWidgetItem(p.label(), m_members);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(Qt::Unchecked);
        m_person->addItem(p.label(), p.id);
    }
    if (const auto roles = m_core.roles().definitions())
        for (const RoleDefinition& d : roles.value())
            m_role->addItem(QString(), d.key); // named in retranslateUi()
    if (const auto rotations = m_core.onCall().rotations())
        for (const Rotation& r : rotations.value())
            m_rotation->addItem(r.name, r.name);
    m_kind->addItem(QString(), int(RotationKind::Weekly));
    m_kind->addItem(QString(), int(RotationKind::Custom));
    m_slot->addItem(QString(), int(OnCallSlot::Primary));
    m_slot->addItem(QString(), int(OnCallSlot::Secondary));

    const QList<QWidget*> rows = mode == Mode::NewRotation
                                     ? QList<QWidget*>{m_name, m_role, m_kind, m_hours, m_members, m_start}
                                     : QList<QWidget*>{m_rotation, m_slot, m_person, m_start, m_end};
    const QList<QWidget*> all{m_name,     m_role, m_kind,   m_hours, m_members,
                              m_rotation, m_slot, m_person, m_start, m_end};
    for (QWidget* w : all)
        w->setVisible(rows.contains(w)); // one dialog, two forms: only this mode's fields show
    for (QWidget* w : rows)
        addRow(w);
    finishLayout();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_hours->setEnabled(RotationKind(m_kind->currentData().toInt()) == RotationKind::Custom);
    });
    m_hours->setEnabled(false);
    retranslateUi();
}

void RotationDialog::accept()
{
    if (m_mode == Mode::NewRotation)
        saveRotation();
    else
        saveOverride();
}

void RotationDialog::saveRotation()
{
    Rotation r;
    r.name = m_name->text();
    r.roleKey = m_role->currentData().toString();
    r.kind = RotationKind(m_kind->currentData().toInt());
    r.shiftHours = m_hours->value();
    r.startsAt = m_start->dateTime().toUTC();
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            r.memberIds << m_members->item(i)->data(Qt::UserRole).toLongLong();
    const auto created = m_core.onCall().createRotation(r);
    if (!created) {
        showError(created.error());
        return;
    }
    FormDialog::accept();
}

void RotationDialog::saveOverride()
{
    RotationOverride o;
    o.slot = OnCallSlot(m_slot->currentData().toInt());
    o.personId = m_person->currentData().toLongLong();
    o.startsAt = m_start->dateTime().toUTC();
    o.endsAt = m_end->dateTime().toUTC();
    const auto saved = m_core.onCall().addOverride(m_rotation->currentData().toString(), o);
    if (!saved) {
        showError(saved.error());
        return;
    }
    FormDialog::accept();
}

void RotationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormDialog::changeEvent(event);
}

void RotationDialog::retranslateUi()
{
    const bool rotation = m_mode == Mode::NewRotation;
    setWindowTitle(rotation ? tr("New on-call rotation") : tr("Override a rotation"));
    for (int i = 0; i < m_role->count(); ++i)
        if (const auto role = m_core.roles().definition(m_role->itemData(i).toString()))
            m_role->setItemText(i, role->displayName());
    m_kind->setItemText(0, tr("Weekly"));
    m_kind->setItemText(1, tr("Custom shift length"));
    m_slot->setItemText(0, OnCallSlots::label(OnCallSlot::Primary));
    m_slot->setItemText(1, OnCallSlots::label(OnCallSlot::Secondary));
    m_hours->setSuffix(tr(" h"));
    const QStringList labels =
        rotation ? QStringList{tr("Name:"),
                               tr("Suggests people for:"),
                               tr("Shifts:"),
                               tr("Shift length:"),
                               tr("Members, in turn order (drag to reorder):"),
                               tr("First shift starts:")}
                 : QStringList{tr("Rotation:"), tr("Slot:"), tr("Covered by:"), tr("From:"), tr("Until:")};
    setLabels(labels);
}
