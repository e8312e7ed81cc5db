#include "drillhistorydialog.h"

#include "core.h"
#include "drill/drilldebrief.h"
#include "drill/drillservice.h"
#include "uiformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DrillHistoryDialog::DrillHistoryDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_personLabel(new QLabel(this)), m_person(new QComboBox(this)),
      m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("drillHistoryDialog"));
    m_person->setObjectName(QStringLiteral("drillHistoryPerson"));
    m_table->setObjectName(QStringLiteral("drillHistoryTable"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (const auto people = core.drills().people())
        m_person->addItems(people.value());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_personLabel);
    top->addWidget(m_person);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &QComboBox::currentIndexChanged, this, &DrillHistoryDialog::refresh);
    retranslateUi();
    resize(820, 420);
}

void DrillHistoryDialog::showPerson(const QString& person)
{
    m_person->setCurrentIndex(m_person->findText(person));
}

void DrillHistoryDialog::refresh()
{
    m_table->setRowCount(0);
    const auto rows = m_core.drills().history(m_person->currentText());
    if (!rows)
        return;
    for (const DrillHistoryEntry& e : rows.value()) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{UiFormat::dateTime(e.startedAt), e.incidentCode, e.scenarioTitle.current(),
                                DrillDebrief::roleLabel(e.role),
                                e.finished ? tr("%1 of 100").arg(e.total) : tr("running")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

void DrillHistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DrillHistoryDialog::retranslateUi()
{
    setWindowTitle(tr("Drill history"));
    m_personLabel->setText(tr("Person:"));
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("Drill incident"), tr("Scenario"), tr("Role practised"), tr("Score")});
    refresh();
}
