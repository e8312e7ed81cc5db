#include "welcomepage.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel), m_declareText(new QLabel), m_drillText(new QLabel),
      m_declare(new QPushButton), m_drill(new QPushButton)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_declare->setObjectName(QStringLiteral("welcomeDeclare"));
    m_drill->setObjectName(QStringLiteral("welcomeDrill"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    for (QLabel* l : {m_heading, m_declareText, m_drillText}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    // Text beside its button, both rows the same width, centred in the empty workspace.
    auto* rows = new QGridLayout;
    rows->setHorizontalSpacing(16);
    rows->setVerticalSpacing(14);
    rows->addWidget(m_heading, 0, 0, 1, 2);
    rows->addWidget(m_declareText, 1, 0);
    rows->addWidget(m_declare, 1, 1, Qt::AlignTop);
    rows->addWidget(m_drillText, 2, 0);
    rows->addWidget(m_drill, 2, 1, Qt::AlignTop);
    rows->setColumnStretch(0, 1);
    auto* box = new QWidget;
    box->setMaximumWidth(620);
    box->setLayout(rows);
    // Centred by stretches, not by an alignment flag: an aligned item gets its size hint, and the wrapped
    // labels would then be cut at the height of their unwrapped hint.
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box, 4);
    centre->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_declare, &QPushButton::clicked, this, &WelcomePage::declareRequested);
    connect(m_drill, &QPushButton::clicked, this, &WelcomePage::drillRequested);
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_heading->setText(tr("Select an incident on the left, or start here."));
    m_declareText->setText(
        tr("Declare as soon as a second team is needed, customers are affected, or an hour of "
           "concentrated analysis has not solved it. If unsure, declare: it costs less than "
           "declaring late."));
    m_declare->setText(tr("Declare incident…"));
    m_drillText->setText(
        tr("Never practised? Rehearse a scripted scenario on a clock, away from real channels, "
           "then read the scores and the debrief."));
    m_drill->setText(tr("Start a drill…"));
}
