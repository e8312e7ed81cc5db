#include "declaredialog.h"

#include "services/incidentservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeclareDialog::DeclareDialog(QWidget* parent)
    : QDialog(parent), m_titleLabel(new QLabel(this)), m_title(new QLineEdit(this)), m_severityLabel(new QLabel(this)),
      m_severity(new QComboBox(this)), m_definition(new QLabel(this)), m_higherHint(new QLabel(this)),
      m_impactLabel(new QLabel(this)), m_impact(new QPlainTextEdit(this)), m_summaryLabel(new QLabel(this)),
      m_summary(new QPlainTextEdit(this)), m_questions(new QGroupBox(this)), m_secondTeam(new QCheckBox(this)),
      m_customers(new QCheckBox(this)), m_hour(new QCheckBox(this)), m_advice(new QLabel(this)),
      m_drill(new QCheckBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("declareDialog"));
    m_title->setObjectName(QStringLiteral("title"));
    m_severity->setObjectName(QStringLiteral("severity"));
    m_definition->setObjectName(QStringLiteral("severityDefinition"));
    m_impact->setObjectName(QStringLiteral("impact"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_secondTeam->setObjectName(QStringLiteral("secondTeam"));
    m_customers->setObjectName(QStringLiteral("customersAffected"));
    m_hour->setObjectName(QStringLiteral("unresolvedHour"));
    m_drill->setObjectName(QStringLiteral("drill"));
    m_error->setObjectName(QStringLiteral("error"));
    m_title->setMaxLength(Incidents::maxTitleLength);
    for (Severity s : Severities::all())
        m_severity->addItem(Severities::code(s), int(s));
    m_severity->setCurrentIndex(1); // SEV2: unsure teams should lean high
    m_severity->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_definition->setWordWrap(true);
    m_higherHint->setWordWrap(true);
    m_advice->setWordWrap(true);
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_impact->setTabChangesFocus(true);
    m_summary->setTabChangesFocus(true);
    m_impact->setMaximumHeight(70);
    m_summary->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    auto* sev = new QVBoxLayout;
    sev->addWidget(m_severity);
    sev->addWidget(m_definition);
    sev->addWidget(m_higherHint);
    form->addRow(m_severityLabel, sev);
    form->addRow(m_impactLabel, m_impact);
    form->addRow(m_summaryLabel, m_summary);

    auto* q = new QVBoxLayout(m_questions);
    q->addWidget(m_secondTeam);
    q->addWidget(m_customers);
    q->addWidget(m_hour);
    q->addWidget(m_advice);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_questions);
    layout->addWidget(m_drill);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &DeclareDialog::updateState);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &DeclareDialog::updateState);
    for (QCheckBox* box : {m_secondTeam, m_customers, m_hour, m_drill})
        connect(box, &QCheckBox::toggled, this, &DeclareDialog::updateState);
    retranslateUi();
    resize(560, sizeHint().height());
}

IncidentDraft DeclareDialog::draft() const
{
    IncidentDraft d;
    d.title = m_title->text();
    d.severity = Severity(m_severity->currentData().toInt());
    d.impact = m_impact->toPlainText();
    d.summary = m_summary->toPlainText();
    d.isDrill = m_drill->isChecked();
    d.answers = {m_secondTeam->isChecked(), m_customers->isChecked(), m_hour->isChecked()};
    return d;
}

void DeclareDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void DeclareDialog::updateState()
{
    m_definition->setText(Severities::definition(Severity(m_severity->currentData().toInt())));
    const bool titled = !m_title->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(titled);
    const bool anyYes = m_secondTeam->isChecked() || m_customers->isChecked() || m_hour->isChecked();
    m_advice->setText(anyYes ? tr("At least one answer is yes: declare now.")
                             : tr("No answer is yes yet. Declaring early costs little; declare if in doubt."));
    m_advice->setStyleSheet(anyYes ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_drill->isChecked() ? tr("Declare drill") : tr("Declare"));
}

void DeclareDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeclareDialog::retranslateUi()
{
    setWindowTitle(tr("Declare incident"));
    m_titleLabel->setText(tr("&Title:"));
    m_titleLabel->setBuddy(m_title);
    m_title->setPlaceholderText(tr("What is broken, as users see it"));
    m_severityLabel->setText(tr("&Severity:"));
    m_severityLabel->setBuddy(m_severity);
    m_higherHint->setText(tr("If unsure, choose the higher severity."));
    m_impactLabel->setText(tr("Customer &impact:"));
    m_impactLabel->setBuddy(m_impact);
    m_impact->setPlaceholderText(tr("Who is affected and how"));
    m_summaryLabel->setText(tr("S&ummary:"));
    m_summaryLabel->setBuddy(m_summary);
    m_questions->setTitle(tr("Declare when any one is true"));
    m_secondTeam->setText(tr("Another team is needed to fix the problem"));
    m_customers->setText(tr("Customers see the outage"));
    m_hour->setText(tr("Still unsolved after an hour of concentrated analysis"));
    m_drill->setText(tr("This is a drill (kept apart from real incidents and channels)"));
    updateState();
}
