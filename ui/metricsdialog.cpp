#include "metricsdialog.h"
#include "filewrite.h"

#include "barchart.h"
#include "core.h"
#include "domain/clock.h"
#include "report/metricsservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QColor kMedian(0x42, 0x85, 0xf4);
const QColor kP90(0xef, 0x6c, 0x00);

double minutesOrNone(qint64 ms)
{
    return ms < 0 ? -1.0 : double(ms) / 60000.0;
}

QString percent(double ratio)
{
    return ratio < 0 ? QStringLiteral("—") : QString::number(ratio * 100.0, 'f', 0) + QLatin1Char('%');
}
} // namespace

MetricsDialog::MetricsDialog(Core& core, QWidget* parent)
    : QDialog(parent), m_core(core), m_fromLabel(new QLabel), m_from(new QDateEdit), m_toLabel(new QLabel),
      m_to(new QDateEdit), m_drills(new QCheckBox), m_cadenceLabel(new QLabel), m_cadence(new QSpinBox),
      m_export(new QPushButton), m_exportRows(new QPushButton), m_severity(new BarChart), m_months(new BarChart), m_durations(new BarChart),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("metricsDialog"));
    m_from->setObjectName(QStringLiteral("metricsFrom"));
    m_to->setObjectName(QStringLiteral("metricsTo"));
    m_drills->setObjectName(QStringLiteral("metricsIncludeDrills"));
    m_cadence->setObjectName(QStringLiteral("metricsCadence"));
    m_export->setObjectName(QStringLiteral("exportMetricsCsv"));
    m_exportRows->setObjectName(QStringLiteral("exportMetricsRows"));
    m_summary->setObjectName(QStringLiteral("metricsSummary"));
    m_severity->setObjectName(QStringLiteral("severityChart"));
    m_months->setObjectName(QStringLiteral("monthChart"));
    m_durations->setObjectName(QStringLiteral("durationChart"));
    const QDate today = core.clock().now().toLocalTime().date();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(today.addMonths(-12).addDays(1));
    m_to->setDate(today);
    m_cadence->setRange(5, 240);
    m_cadence->setValue(30);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_fromLabel, m_from, m_toLabel, m_to, m_drills, m_cadenceLabel, m_cadence})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_exportRows);
    auto* charts = new QGridLayout;
    charts->addWidget(m_severity, 0, 0);
    charts->addWidget(m_months, 0, 1);
    charts->addWidget(m_durations, 1, 0, 1, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(charts, 1);
    layout->addWidget(m_summary);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &MetricsDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &MetricsDialog::refresh);
    connect(m_drills, &QCheckBox::toggled, this, &MetricsDialog::refresh);
    connect(m_cadence, &QSpinBox::valueChanged, this, &MetricsDialog::refresh);
    connect(&core.database(), &Database::externalChange, this, &MetricsDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] { exportInteractively(false); });
    connect(m_exportRows, &QPushButton::clicked, this, [this] { exportInteractively(true); });
    m_durations->setSeries({QString(), QString()}, {kMedian, kP90});
    m_durations->setValueFormatter([](double minutes) { return QString::number(minutes, 'f', minutes < 10 ? 1 : 0); });
    m_severity->setValueFormatter([](double v) { return QString::number(int(v)); });
    m_months->setValueFormatter([](double v) { return QString::number(int(v)); });
    retranslateUi();
    resize(1000, 720);
}

void MetricsDialog::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MetricsDialog::setIncludeDrills(bool include)
{
    m_drills->setChecked(include);
}

MetricsQuery MetricsDialog::query() const
{
    MetricsQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.includeDrills = m_drills->isChecked();
    q.cadenceMinutes = m_cadence->value();
    return q;
}

void MetricsDialog::refresh()
{
    Result<IncidentMetrics> m = MetricsService(m_core).compute(query());
    if (!m) {
        m_summary->setText(m.error());
        return;
    }
    m_metrics = m.value();
    QList<BarChart::Group> severity;
    for (auto it = m_metrics.bySeverity.cbegin(); it != m_metrics.bySeverity.cend(); ++it)
        severity << BarChart::Group{it.key(), {double(it.value())}};
    m_severity->setGroups(severity);
    QList<BarChart::Group> months;
    for (auto it = m_metrics.byMonth.cbegin(); it != m_metrics.byMonth.cend(); ++it)
        months << BarChart::Group{it.key(), {double(it.value())}};
    m_months->setGroups(months);
    const QList<QPair<QString, DurationStats>> durations{{tr("Declare"), m_metrics.timeToDeclare},
                                                         {tr("First update"), m_metrics.timeToFirstUpdate},
                                                         {tr("Mitigate"), m_metrics.timeToMitigate},
                                                         {tr("Resolve"), m_metrics.timeToResolve}};
    QList<BarChart::Group> groups;
    for (const auto& d : durations)
        groups << BarChart::Group{d.first, {minutesOrNone(d.second.medianMs), minutesOrNone(d.second.p90Ms)}};
    m_durations->setGroups(groups);
    m_summary->setText(tr("%n incident(s) in range.", "", m_metrics.incidentCount) + QLatin1Char(' ')
                       + tr("Updates on time (every %1 min): %2 of %3 gaps (%4).")
                             .arg(QString::number(m_metrics.query.cadenceMinutes), QString::number(m_metrics.cadenceGapsOnTime),
                                  QString::number(m_metrics.cadenceGaps), percent(m_metrics.cadenceAdherence()))
                       + QLatin1Char(' ')
                       + tr("Follow-ups done: %1 of %2 (%3); %4 overdue.")
                             .arg(QString::number(m_metrics.followUpsDone),
                                  QString::number(m_metrics.followUpsDone + m_metrics.followUpsOpen),
                                  percent(m_metrics.followUpCompletion()), QString::number(m_metrics.followUpsOverdue)));
}

void MetricsDialog::exportInteractively(bool perIncident)
{
    const QString name = perIncident ? QStringLiteral("incident-metrics-per-incident.csv") : QStringLiteral("incident-metrics.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), QDir::home().filePath(name), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        perIncident ? exportPerIncidentCsv(path) : exportCsv(path);
}

bool MetricsDialog::exportCsv(const QString& path)
{
    return writeFile(path, MetricsService::csv(m_metrics));
}

bool MetricsDialog::exportPerIncidentCsv(const QString& path)
{
    const auto rows = MetricsService(m_core).rows(query());
    if (!rows) {
        m_summary->setText(rows.error());
        return false;
    }
    return writeFile(path, MetricsService::perIncidentCsv(rows.value()));
}

bool MetricsDialog::writeFile(const QString& path, const QString& text)
{
    if (Status s = FileWrite::atomically(path, text.toUtf8()); !s) {
        m_summary->setText(s.error());
        return false;
    }
    return true;
}

void MetricsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MetricsDialog::retranslateUi()
{
    setWindowTitle(tr("Incident metrics"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_drills->setText(tr("Include drills"));
    m_cadenceLabel->setText(tr("Update every (min):"));
    m_export->setText(tr("Export CSV…"));
    m_exportRows->setText(tr("Export per incident…"));
    m_exportRows->setToolTip(tr("One row per incident with its times, for your own analysis."));
    m_severity->setTitle(tr("Incidents by severity"));
    m_months->setTitle(tr("Incidents by month"));
    m_durations->setTitle(tr("Minutes from detection (declare: to declaration; first update: from declaration)"));
    m_durations->setSeries({tr("Median"), tr("90th percentile")}, {kMedian, kP90});
    refresh();
}
