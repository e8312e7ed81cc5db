#include "followupdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
template <typename E>
void fill(QComboBox* box, const QList<E>& values, E current)
{
    for (E v : values)
        box->addItem(QString(), int(v));
    box->setCurrentIndex(box->findData(int(current)));
}

template <typename E, typename Label>
void relabel(QComboBox* box, Label label)
{
    for (int i = 0; i < box->count(); ++i)
        box->setItemText(i, label(E(box->itemData(i).toInt())));
}
} // namespace

FollowUpDialog::FollowUpDialog(const FollowUp& item, const QDate& today, QWidget* parent)
    : QDialog(parent), m_item(item), m_form(new QFormLayout), m_title(new QLineEdit(item.title)),
      m_owner(new QLineEdit(item.owner)), m_hasDue(new QCheckBox), m_due(new QDateEdit),
      m_type(new QComboBox), m_priority(new QComboBox), m_status(new QComboBox), m_link(new QLineEdit(item.trackerUrl)),
      m_error(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_owner->setObjectName(QStringLiteral("followUpOwner"));
    m_hasDue->setObjectName(QStringLiteral("followUpHasDue"));
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_type->setObjectName(QStringLiteral("followUpType"));
    m_priority->setObjectName(QStringLiteral("followUpPriority"));
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_link->setObjectName(QStringLiteral("followUpLink"));
    m_error->setObjectName(QStringLiteral("followUpError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_title->setMaxLength(FollowUps::maxTitleLength);
    m_due->setCalendarPopup(true);
    m_due->setDate(item.dueDate.isValid() ? item.dueDate : today.addDays(14));
    m_hasDue->setChecked(item.dueDate.isValid() || item.id == 0);
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    fill(m_type, FollowUps::types(), item.type);
    fill(m_priority, FollowUps::priorities(), item.priority);
    fill(m_status, FollowUps::statuses(), item.status);
    m_status->setEnabled(item.id != 0); // a new item starts open

    auto* due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    m_form->addRow(new QLabel, m_title);
    m_form->addRow(new QLabel, m_owner);
    m_form->addRow(new QLabel, due);
    m_form->addRow(new QLabel, m_type);
    m_form->addRow(new QLabel, m_priority);
    m_form->addRow(new QLabel, m_status);
    m_form->addRow(new QLabel, m_link);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

FollowUp FollowUpDialog::item() const
{
    FollowUp f = m_item;
    f.title = m_title->text();
    f.owner = m_owner->text();
    f.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    f.type = FollowUpType(m_type->currentData().toInt());
    f.priority = FollowUpPriority(m_priority->currentData().toInt());
    f.status = FollowUpStatus(m_status->currentData().toInt());
    f.trackerUrl = m_link->text();
    return f;
}

void FollowUpDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FollowUpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FollowUpDialog::retranslateUi()
{
    setWindowTitle(m_item.id ? tr("Edit follow-up") : tr("Add follow-up"));
    const QStringList labels{tr("Action:"), tr("Owner:"), tr("Due:"), tr("Type:"), tr("Priority:"), tr("Status:"),
                             tr("Tracker link:")};
    for (int row = 0; row < labels.size(); ++row)
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    m_title->setPlaceholderText(tr("What will be done, e.g. \"Alert when the replica lags more than 30 s\""));
    m_owner->setPlaceholderText(tr("Who owns it"));
    m_hasDue->setText(tr("Due by"));
    m_link->setPlaceholderText(tr("https://tracker.example.com/issues/42"));
    m_type->setToolTip(tr("Detective: find it sooner. Preventative: stop it happening. Corrective: fix what broke. "
                          "Process: change how we work."));
    relabel<FollowUpType>(m_type, &FollowUps::typeLabel);
    relabel<FollowUpPriority>(m_priority, &FollowUps::priorityLabel);
    relabel<FollowUpStatus>(m_status, &FollowUps::statusLabel);
}
