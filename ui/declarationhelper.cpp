#include "declarationhelper.h"

#include "checklistformat.h"
#include "core.h"
#include "domain/clock.h"
#include "domain/declarationadvice.h"
#include "services/incidentservice.h"
#include "uiformat.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

DeclarationHelper::DeclarationHelper(Core& core, QWidget* parent)
    : QFrame(parent), m_core(core), m_heading(new QLabel), m_secondTeam(new QCheckBox),
      m_customers(new QCheckBox), m_hour(new QCheckBox), m_clock(new QLabel), m_prompt(new QLabel),
      m_declare(new QPushButton)
{
    setObjectName(QStringLiteral("declarationHelper"));
    m_secondTeam->setObjectName(QStringLiteral("questionSecondTeam"));
    m_customers->setObjectName(QStringLiteral("questionCustomers"));
    m_hour->setObjectName(QStringLiteral("questionHour"));
    m_clock->setObjectName(QStringLiteral("declarationClock"));
    m_prompt->setObjectName(QStringLiteral("declarationPrompt"));
    m_declare->setObjectName(QStringLiteral("declareNowButton"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#declarationHelper { background: #fff8e1; border: 1px solid #ffb300; }"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_prompt->setFont(bold);
    m_prompt->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    for (QLabel* l : {m_heading, m_clock, m_prompt})
        l->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_secondTeam);
    layout->addWidget(m_customers);
    layout->addWidget(m_hour);
    layout->addWidget(m_clock);
    auto* row = new QHBoxLayout;
    row->addWidget(m_prompt, 1);
    row->addWidget(m_declare);
    layout->addLayout(row);

    for (QCheckBox* box : {m_secondTeam, m_customers, m_hour})
        connect(box, &QCheckBox::toggled, this, &DeclarationHelper::saveAnswers);
    connect(m_declare, &QPushButton::clicked, this, &DeclarationHelper::declareNow);
    retranslateUi();
    hide();
}

void DeclarationHelper::setIncident(const Incident& incident)
{
    m_incident = incident;
    setVisible(incident.id && !incident.isDeclared() && incident.isOpen());
    const QSignalBlocker b1(m_secondTeam);
    const QSignalBlocker b2(m_customers);
    const QSignalBlocker b3(m_hour);
    m_secondTeam->setChecked(incident.answers.secondTeamNeeded);
    m_customers->setChecked(incident.answers.customersAffected);
    m_hour->setChecked(incident.answers.unresolvedAfterHour);
    refreshClock();
}

// Each answer is saved at once (and noted in the timeline), so the helper survives a restart and the
// postmortem can see when the team realised that customers were affected.
void DeclarationHelper::saveAnswers()
{
    if (!m_incident.id || m_incident.isDeclared())
        return;
    if (Status s = m_core.incidents().setDeclarationAnswers(m_incident.id, answers(), m_core.userName()); !s)
        emit errorOccurred(s.error());
    refreshClock();
}

DeclarationAnswers DeclarationHelper::answers() const
{
    return {m_secondTeam->isChecked(), m_customers->isChecked(), m_hour->isChecked()};
}

void DeclarationHelper::refreshClock()
{
    if (!m_incident.id)
        return;
    const DeclarationAdvice advice =
        DeclarationAdvice::evaluate(m_incident.detectedAt, answers(), m_core.clock().now());
    const QString since = ChecklistFormat::minutes(advice.elapsedMs / 60000);
    if (advice.hourPassed)
        m_clock->setText(tr("Detected %1 ago: the hour of concentrated analysis is up.").arg(since));
    else
        m_clock->setText(
            tr("Detected %1 ago: %2 left of the first hour (until %3).")
                .arg(since, ChecklistFormat::minutes((advice.remainingMs() + 59999) / 60000),
                     QLocale().toString(m_incident.detectedAt.addMSecs(DeclarationAdvice::analysisLimitMs)
                                            .toLocalTime()
                                            .time(),
                                        QLocale::ShortFormat)));
    m_clock->setStyleSheet(advice.hourPassed ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                             : QString());
    m_prompt->setText(advice.shouldDeclare ? tr("At least one condition holds: declare the incident now. If "
                                                "unsure of the severity, pick the higher one.")
                                           : tr("Declare as soon as any answer is yes."));
    m_prompt->setStyleSheet(advice.shouldDeclare ? QStringLiteral("color: #b71c1c;")
                                                 : QStringLiteral("color: palette(text);"));
    m_declare->setDefault(advice.shouldDeclare);
}

void DeclarationHelper::declareNow()
{
    if (Status s = m_core.incidents().markDeclared(m_incident.id, answers(), m_core.userName()); !s)
        emit errorOccurred(s.error());
}

void DeclarationHelper::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DeclarationHelper::retranslateUi()
{
    m_heading->setText(tr("Not declared yet. Should this be an incident? Declare if any answer is yes."));
    m_secondTeam->setText(tr("Is a second team needed to fix the problem?"));
    m_customers->setText(tr("Is the outage visible to customers?"));
    m_hour->setText(tr("Still unsolved after an hour of concentrated analysis?"));
    m_declare->setText(tr("Declare now"));
    refreshClock();
}
