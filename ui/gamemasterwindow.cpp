#include "gamemasterwindow.h"

#include "core.h"
#include "domain/clock.h"
#include "drill/drillduration.h"
#include "drill/drillservice.h"
#include "drillinjectmodel.h"
#include "drillstartdialog.h"
#include "services/incidentservice.h"
#include "storage/database.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

GameMasterWindow::GameMasterWindow(Core& core, qint64 runId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_core(core), m_runId(runId), m_model(new DrillInjectModel(this)),
      m_banner(new QLabel(this)), m_title(new QLabel(this)), m_clock(new QLabel(this)),
      m_speedLabel(new QLabel(this)), m_speed(new QComboBox(this)), m_step(new QPushButton(this)),
      m_finish(new QPushButton(this)), m_debrief(new QPushButton(this)), m_view(new QTableView(this)),
      m_fire(new QPushButton(this)), m_delay(new QPushButton(this)), m_delayMinutes(new QSpinBox(this)),
      m_skip(new QPushButton(this)), m_freeBox(new QGroupBox(this)), m_freeKindLabel(new QLabel(this)),
      m_freeKind(new QComboBox(this)), m_freeSourceLabel(new QLabel(this)), m_freeSource(new QLineEdit(this)),
      m_freeInLabel(new QLabel(this)), m_freeIn(new QSpinBox(this)), m_freeText(new QLineEdit(this)),
      m_add(new QPushButton(this)), m_status(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("gameMasterWindow"));
    m_clock->setObjectName(QStringLiteral("gmClock"));
    // Messages and names quote user text: shown as typed, never as rich text.
    m_clock->setTextFormat(Qt::PlainText);
    m_speed->setObjectName(QStringLiteral("gmSpeed"));
    m_step->setObjectName(QStringLiteral("gmStep"));
    m_finish->setObjectName(QStringLiteral("gmFinish"));
    m_debrief->setObjectName(QStringLiteral("gmDebrief"));
    m_view->setObjectName(QStringLiteral("gmInjects"));
    m_fire->setObjectName(QStringLiteral("gmFire"));
    m_delay->setObjectName(QStringLiteral("gmDelay"));
    m_delayMinutes->setObjectName(QStringLiteral("gmDelayMinutes"));
    m_skip->setObjectName(QStringLiteral("gmSkip"));
    m_freeKind->setObjectName(QStringLiteral("gmFreeKind"));
    m_freeSource->setObjectName(QStringLiteral("gmFreeSource"));
    m_freeIn->setObjectName(QStringLiteral("gmFreeIn"));
    m_freeText->setObjectName(QStringLiteral("gmFreeText"));
    m_add->setObjectName(QStringLiteral("gmAdd"));
    m_status->setObjectName(QStringLiteral("gmStatus"));

    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(
        QStringLiteral("background: #37474f; color: white; font-weight: bold; padding: 4px;"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont mono = m_clock->font();
    mono.setBold(true);
    m_clock->setFont(mono);
    for (double s : DrillStartDialog::speeds())
        m_speed->addItem(QString(), s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DrillInjectModel::Text, QHeaderView::Stretch);
    m_delayMinutes->setRange(1, 240);
    m_delayMinutes->setValue(5);
    m_freeIn->setRange(0, 240);
    for (InjectKind k : {InjectKind::Message, InjectKind::Alert, InjectKind::Metric, InjectKind::Note})
        m_freeKind->addItem(QString(), int(k));
    m_freeText->setMaxLength(4000);
    m_freeKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_freeSource->setMaxLength(40);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_clock, 1);
    top->addWidget(m_speedLabel);
    top->addWidget(m_speed);
    top->addWidget(m_step);
    top->addWidget(m_finish);
    top->addWidget(m_debrief);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_fire);
    actions->addWidget(m_delay);
    actions->addWidget(m_delayMinutes);
    actions->addWidget(m_skip);
    actions->addStretch(1);
    auto* free = new QGridLayout(m_freeBox);
    free->addWidget(m_freeKindLabel, 0, 0);
    free->addWidget(m_freeKind, 0, 1);
    free->addWidget(m_freeSourceLabel, 0, 2);
    free->addWidget(m_freeSource, 0, 3);
    free->addWidget(m_freeInLabel, 0, 4);
    free->addWidget(m_freeIn, 0, 5);
    free->addWidget(m_freeText, 1, 0, 1, 5);
    free->addWidget(m_add, 1, 5);
    free->setColumnStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_freeBox);
    layout->addWidget(m_status);

    connect(m_fire, &QPushButton::clicked, this, &GameMasterWindow::fire);
    connect(m_delay, &QPushButton::clicked, this, &GameMasterWindow::delay);
    connect(m_skip, &QPushButton::clicked, this, &GameMasterWindow::skip);
    connect(m_step, &QPushButton::clicked, this, &GameMasterWindow::step);
    connect(m_add, &QPushButton::clicked, this, &GameMasterWindow::addInject);
    connect(m_freeText, &QLineEdit::returnPressed, this, &GameMasterWindow::addInject);
    connect(m_finish, &QPushButton::clicked, this, &GameMasterWindow::finish);
    connect(m_debrief, &QPushButton::clicked, this, [this] { emit debriefRequested(m_runId); });
    connect(m_speed, &QComboBox::activated, this, &GameMasterWindow::speedPicked);
    connect(&core.drills(), &DrillService::runChanged, this, [this](qint64 id) {
        if (id == m_runId)
            refresh();
    });
    connect(&core.database(), &Database::externalChange, this, &GameMasterWindow::refresh);
    connect(m_timer, &QTimer::timeout, this, &GameMasterWindow::updateClock);
    m_timer->start(1000);
    refresh();
    retranslateUi();
    resize(980, 640);
}

QString GameMasterWindow::selectedInjectId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->injectIdAt(rows.constFirst().row());
}

void GameMasterWindow::selectInject(const QString& injectId)
{
    const int row = m_model->rowOf(injectId);
    if (row >= 0)
        m_view->selectRow(row);
}

void GameMasterWindow::refresh()
{
    const QString selected = selectedInjectId();
    const auto run = m_core.drills().get(m_runId);
    if (!run) {
        m_status->setText(run.error());
        return;
    }
    m_model->setRun(run.value());
    if (!selected.isEmpty())
        selectInject(selected);
    const int speedIndex = m_speed->findData(run->clock.speed());
    if (speedIndex >= 0)
        m_speed->setCurrentIndex(speedIndex);
    const bool running = run->isRunning();
    for (QWidget* w : std::initializer_list<QWidget*>{m_speed, m_step, m_finish, m_fire, m_delay,
                                                      m_delayMinutes, m_skip, m_freeBox})
        w->setEnabled(running);
    updateClock();
}

void GameMasterWindow::updateClock()
{
    const DrillRun& run = m_model->run();
    if (!run.id)
        return;
    const auto incident = m_core.incidents().get(run.incidentId);
    m_title->setText(
        QStringLiteral("%1 — %2").arg(incident ? incident->code : QString(), run.scenario.title.current()));
    const qint64 now =
        run.isRunning() ? m_core.drills().scenarioNow(run) : run.clock.scenarioAt(Time::toMs(run.finishedAt));
    QString text = tr("Scenario time T+%1 of %2")
                       .arg(DrillDuration::text(now), DrillDuration::text(run.scenario.durationMs));
    if (!run.isRunning())
        text += QStringLiteral(" — ") + tr("drill ended");
    else if (now >= run.scenario.durationMs)
        text += QStringLiteral(" — ") + tr("scenario over: end the drill and hold the debrief");
    m_clock->setText(text);
}

void GameMasterWindow::report(const Status& status)
{
    m_status->setText(status ? QString() : status.error());
    if (!status)
        emit errorOccurred(status.error());
}

void GameMasterWindow::fire()
{
    const QString id = selectedInjectId();
    if (id.isEmpty())
        return report(fail(tr("Choose an inject first.")));
    report(m_core.drills().fireNow(m_runId, id, m_core.userName()));
}

void GameMasterWindow::delay()
{
    const QString id = selectedInjectId();
    if (id.isEmpty())
        return report(fail(tr("Choose an inject first.")));
    report(m_core.drills().delay(m_runId, id, qint64(m_delayMinutes->value()) * 60000));
}

void GameMasterWindow::skip()
{
    const QString id = selectedInjectId();
    if (id.isEmpty())
        return report(fail(tr("Choose an inject first.")));
    report(m_core.drills().skip(m_runId, id));
}

void GameMasterWindow::step()
{
    const Result<int> fired = m_core.drills().step(m_runId);
    report(fired ? Status() : fired.failure());
}

void GameMasterWindow::addInject()
{
    const Result<QString> added = m_core.drills().addInject(
        m_runId, InjectKind(m_freeKind->currentData().toInt()), m_freeSource->text(), m_freeText->text(),
        qint64(m_freeIn->value()) * 60000);
    if (added)
        m_freeText->clear();
    report(added ? Status() : added.failure());
}

void GameMasterWindow::finish()
{
    if (QMessageBox::question(
            this, tr("End the drill"),
            tr("End the drill now? Scores are frozen and upcoming injects are not played.")) !=
        QMessageBox::Yes)
        return;
    const Status s = m_core.drills().finish(m_runId);
    report(s);
    if (s)
        emit debriefRequested(m_runId);
}

void GameMasterWindow::speedPicked(int index)
{
    report(m_core.drills().setSpeed(m_runId, m_speed->itemData(index).toDouble()));
}

void GameMasterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GameMasterWindow::retranslateUi()
{
    setWindowTitle(tr("Game master — DRILL"));
    m_banner->setText(tr("GAME MASTER VIEW — do not show this screen to the trainees"));
    m_speedLabel->setText(tr("Speed:"));
    const QStringList speedLabels{tr("1×"), tr("2×"), tr("5×"), tr("Step by step")};
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, speedLabels.value(i));
    m_step->setText(tr("Next inject"));
    m_step->setToolTip(tr("Move the scenario clock to the next upcoming inject and play it"));
    m_finish->setText(tr("End drill"));
    m_debrief->setText(tr("Debrief…"));
    m_fire->setText(tr("Fire now"));
    m_delay->setText(tr("Delay by"));
    m_delayMinutes->setSuffix(tr(" min"));
    m_skip->setText(tr("Skip"));
    m_freeBox->setTitle(tr("Add an inject of your own"));
    m_freeKindLabel->setText(tr("Kind:"));
    for (int i = 0; i < m_freeKind->count(); ++i)
        m_freeKind->setItemText(i, InjectKinds::label(InjectKind(m_freeKind->itemData(i).toInt())));
    m_freeSourceLabel->setText(tr("From:"));
    m_freeSource->setPlaceholderText(tr("e.g. executive, customer, Nagios"));
    m_freeInLabel->setText(tr("In:"));
    m_freeIn->setSuffix(tr(" min"));
    m_freeIn->setSpecialValueText(tr("now"));
    m_freeText->setPlaceholderText(tr("What the trainees receive"));
    m_add->setText(tr("Add inject"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, DrillInjectModel::ColumnCount - 1);
    m_model->setRun(m_model->run()); // kind and state labels follow the language
    updateClock();
}
