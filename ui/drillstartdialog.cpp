#include "drillstartdialog.h"

#include "drill/drilldebrief.h"
#include "drill/drillduration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

DrillStartDialog::DrillStartDialog(const QString& userName, QWidget* parent)
    : QDialog(parent), m_scenarioLabel(new QLabel(this)), m_scenario(new QComboBox(this)),
      m_openFile(new QPushButton(this)), m_briefing(new QTextBrowser(this)), m_details(new QLabel(this)),
      m_speedLabel(new QLabel(this)), m_speed(new QComboBox(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_gameMasterLabel(new QLabel(this)),
      m_gameMaster(new QLineEdit(userName, this)), m_participantsLabel(new QLabel(this)),
      m_participants(new QTableWidget(0, 2, this)), m_addParticipant(new QPushButton(this)),
      m_removeParticipant(new QPushButton(this)), m_hint(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("drillStartDialog"));
    m_scenario->setObjectName(QStringLiteral("drillScenario"));
    m_openFile->setObjectName(QStringLiteral("drillOpenScenario"));
    m_briefing->setObjectName(QStringLiteral("drillBriefing"));
    m_details->setObjectName(QStringLiteral("drillDetails"));
    m_speed->setObjectName(QStringLiteral("drillSpeed"));
    m_language->setObjectName(QStringLiteral("drillLanguage"));
    m_gameMaster->setObjectName(QStringLiteral("drillGameMaster"));
    m_participants->setObjectName(QStringLiteral("drillParticipants"));
    m_addParticipant->setObjectName(QStringLiteral("drillAddParticipant"));
    m_removeParticipant->setObjectName(QStringLiteral("drillRemoveParticipant"));
    m_error->setObjectName(QStringLiteral("drillStartError"));

    const auto bundled = ScenarioLibrary::bundled();
    if (bundled)
        m_scenarios = bundled.value();
    for (int i = 0; i < m_scenarios.size(); ++i)
        m_scenario->addItem(QString(), i);
    for (double s : speeds())
        m_speed->addItem(QString(), s);
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(LocalizedText::currentLanguage() == QStringLiteral("ja") ? 0 : 1);
    m_briefing->setMinimumHeight(110);
    m_details->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_details->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(!bundled);
    if (!bundled)
        m_error->setText(bundled.error());
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    m_participants->setMinimumHeight(120);

    auto* scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenario, 1);
    scenarioRow->addWidget(m_openFile);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_scenarioLabel, scenarioRow);
    form->addRow(m_briefing);
    form->addRow(m_details);
    form->addRow(m_speedLabel, m_speed);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_gameMasterLabel, m_gameMaster);
    auto* peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(m_addParticipant);
    peopleButtons->addWidget(m_removeParticipant);
    peopleButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_participantsLabel);
    layout->addWidget(m_participants, 1);
    layout->addLayout(peopleButtons);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &DrillStartDialog::showScenario);
    connect(m_language, &QComboBox::currentIndexChanged, this, &DrillStartDialog::showScenario);
    connect(m_openFile, &QPushButton::clicked, this, &DrillStartDialog::openFile);
    connect(m_addParticipant, &QPushButton::clicked, this,
            [this] { addParticipant(QString(), QStringLiteral("operations")); });
    connect(m_removeParticipant, &QPushButton::clicked, this, &DrillStartDialog::removeParticipant);
    if (!userName.isEmpty())
        addParticipant(userName, QStringLiteral("commander"));
    retranslateUi();
    resize(640, 620);
}

void DrillStartDialog::addParticipant(const QString& person, const QString& role)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    m_participants->setItem(row, 0, new QTableWidgetItem(person));
    auto* roles = new QComboBox;
    roles->setObjectName(QStringLiteral("drillRole%1").arg(row));
    for (const QString& key : DrillDebrief::roleKeys())
        roles->addItem(DrillDebrief::roleLabel(key), key);
    roles->setCurrentIndex(qMax(0, roles->findData(role)));
    m_participants->setCellWidget(row, 1, roles);
}

void DrillStartDialog::removeParticipant()
{
    const int row = m_participants->currentRow();
    if (row >= 0)
        m_participants->removeRow(row);
}

bool DrillStartDialog::addScenarioFile(const QString& path)
{
    const auto loaded = ScenarioLibrary::loadFile(path);
    if (!loaded) {
        setError(loaded.error());
        return false;
    }
    m_scenarios << loaded.value();
    m_scenario->addItem(loaded->scenario.title.current(), int(m_scenarios.size()) - 1);
    m_scenario->setCurrentIndex(m_scenario->count() - 1);
    m_error->hide();
    return true;
}

void DrillStartDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open drill scenario"), QString(),
                                                      tr("Drill scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        addScenarioFile(path);
}

void DrillStartDialog::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

DrillSetup DrillStartDialog::setup() const
{
    DrillSetup s;
    const int index = m_scenario->currentData().toInt();
    if (index >= 0 && index < m_scenarios.size()) {
        s.scenario = m_scenarios.at(index).scenario;
        s.scenarioJson = m_scenarios.at(index).json;
    }
    s.speed = m_speed->currentData().toDouble();
    s.language = m_language->currentData().toString();
    s.gameMaster = m_gameMaster->text().trimmed();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QTableWidgetItem* person = m_participants->item(row, 0);
        const auto* role = qobject_cast<QComboBox*>(m_participants->cellWidget(row, 1));
        if (person && role && !person->text().trimmed().isEmpty())
            s.participants << DrillParticipant{person->text().trimmed(), role->currentData().toString()};
    }
    return s;
}

void DrillStartDialog::showScenario()
{
    const int index = m_scenario->currentData().toInt();
    if (index < 0 || index >= m_scenarios.size())
        return;
    const Scenario& s = m_scenarios.at(index).scenario;
    const QString lang = m_language->currentData().toString();
    m_briefing->setPlainText(s.briefing.in(lang));
    m_details->setText(
        tr("%1 · lasts %2 · %n inject(s) · services: %3", "", int(s.injects.size()))
            .arg(Severities::code(s.severityHint), DrillDuration::text(s.durationMs), s.serviceList(lang)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void DrillStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DrillStartDialog::retranslateUi()
{
    setWindowTitle(tr("Start a drill"));
    m_scenarioLabel->setText(tr("Scenario:"));
    m_openFile->setText(tr("Open file…"));
    for (int i = 0; i < m_scenario->count(); ++i)
        m_scenario->setItemText(i, m_scenarios.at(m_scenario->itemData(i).toInt()).scenario.title.current());
    m_speedLabel->setText(tr("Speed:"));
    const QStringList speedLabels{tr("1× (real time)"), tr("2×"), tr("5×"),
                                  tr("Step by step (the game master advances)")};
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, speedLabels.value(i));
    m_languageLabel->setText(tr("Injects in:"));
    m_gameMasterLabel->setText(tr("Game master:"));
    m_participantsLabel->setText(tr("Participants and the role each practises:"));
    m_participants->setHorizontalHeaderLabels({tr("Person"), tr("Role")});
    for (int row = 0; row < m_participants->rowCount(); ++row)
        if (auto* roles = qobject_cast<QComboBox*>(m_participants->cellWidget(row, 1)))
            for (int i = 0; i < roles->count(); ++i)
                roles->setItemText(i, DrillDebrief::roleLabel(roles->itemData(i).toString()));
    m_addParticipant->setText(tr("Add participant"));
    m_removeParticipant->setText(tr("Remove"));
    m_hint->setText(
        tr("A drill creates a DRILL incident, kept out of real metrics. Its notifications go only to "
           "channels marked for drills. Open the game-master view on a screen the trainees do not see."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start drill"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    showScenario();
}
