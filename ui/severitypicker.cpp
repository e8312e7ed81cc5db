#include "severitypicker.h"

#include "core.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>

SeverityPicker::SeverityPicker(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("incidentSeverityPicker"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, &SeverityPicker::onPicked);
    retranslateUi();
}

void SeverityPicker::setIncident(const Incident& incident)
{
    m_incident = incident;
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(int(incident.severity)));
    m_combo->setEnabled(incident.id && incident.status != IncidentStatus::Closed);
}

void SeverityPicker::onPicked(int index)
{
    const auto to = Severity(m_combo->itemData(index).toInt());
    const Incident before = m_incident;
    QString reason;
    if (to == before.severity || !confirm(to, &reason)) {
        setIncident(before); // back to the severity the incident has
        return;
    }
    if (Status s = m_core.incidents().setSeverity(before.id, to, m_core.userName(), reason); !s) {
        emit errorOccurred(s.error());
        setIncident(before);
        return;
    }
    // The header refreshes from incidentChanged; keep our copy current for the next pick.
    if (const auto now = m_core.incidents().get(before.id))
        setIncident(now.value());
    if (int(to) < int(before.severity))
        offerChecklistSteps();
}

bool SeverityPicker::confirm(Severity to, QString* reason)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("severityChangeDialog"));
    dialog.setWindowTitle(tr("Change severity"));
    dialog.setLabelText(
        tr("Change %1 from %2 to %3?\n\n%3: %4\n\nReason (optional, recorded in the timeline):")
            .arg(m_incident.code, Severities::code(m_incident.severity), Severities::code(to),
                 Severities::definition(to)));
    dialog.setOkButtonText(tr("Change to %1").arg(Severities::code(to)));
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = dialog.textValue().trimmed();
    return true;
}

// A higher severity's playbook has more steps (executive updates, a second team); the checklist panel
// offers them too, but right after the escalation is when the IC needs them.
void SeverityPicker::offerChecklistSteps()
{
    const auto pending = m_core.checklists().pendingTemplate(m_incident.id);
    if (!pending || !pending.value())
        return;
    QMessageBox box(QMessageBox::Question, tr("Checklist"),
                    tr("The incident is now %1. Add the steps of the %1 checklist that this incident's "
                       "checklist does not have yet?")
                        .arg(Severities::code(m_incident.severity)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("severityChecklistOffer"));
    box.button(QMessageBox::Yes)->setText(tr("Add the missing steps"));
    box.button(QMessageBox::No)->setText(tr("Not now"));
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const auto added = m_core.checklists().extendFromSeverityTemplate(m_incident.id, m_core.userName());
        !added)
        emit errorOccurred(added.error());
}

void SeverityPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SeverityPicker::retranslateUi()
{
    m_label->setText(tr("Severity:"));
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    QStringList definitions;
    for (Severity s : Severities::all()) {
        m_combo->addItem(Severities::code(s), int(s));
        m_combo->setItemData(m_combo->count() - 1, Severities::definition(s), Qt::ToolTipRole);
        definitions << Severities::code(s) + QStringLiteral(": ") + Severities::definition(s);
    }
    m_combo->setToolTip(definitions.join(QLatin1Char('\n')));
    m_combo->setCurrentIndex(m_combo->findData(int(m_incident.severity)));
}
