#pragma once

#include "report/incidentmetrics.h"

#include <QDialog>

class BarChart;
class Core;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

// Metrics across incidents, as charts: counts by severity and by month; time to declare, first update,
// mitigate and resolve (median and p90); update-cadence adherence and follow-up completion. Exports CSV.
class MetricsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MetricsDialog(Core& core, QWidget* parent = nullptr);

    void setRange(const QDate& from, const QDate& to);
    void setIncludeDrills(bool include);
    const IncidentMetrics& metrics() const { return m_metrics; }
    BarChart* severityChart() const { return m_severity; }
    BarChart* monthChart() const { return m_months; }
    BarChart* durationChart() const { return m_durations; }
    bool exportCsv(const QString& path);
    bool exportPerIncidentCsv(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();
    MetricsQuery query() const;
    bool writeFile(const QString& path, const QString& text);
    void exportInteractively(bool perIncident);

    Core& m_core;
    IncidentMetrics m_metrics;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QCheckBox* m_drills;
    QLabel* m_cadenceLabel;
    QSpinBox* m_cadence;
    QPushButton* m_export;
    QPushButton* m_exportRows;
    BarChart* m_severity;
    BarChart* m_months;
    BarChart* m_durations;
    QLabel* m_summary;
};
