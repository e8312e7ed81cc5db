#pragma once

#include "domain/incident.h"

#include <QAbstractTableModel>
#include <QList>

class Core;

// Incidents, open ones first. Reloads on the core's signals and on commits by other processes.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Severity, Status, Title, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsDrillRole, IsOpenRole };

    explicit IncidentListModel(Core& core, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setShowDrills(bool show);
    bool showDrills() const { return m_showDrills; }
    int rowOf(qint64 id) const;
    const Incident* incidentAt(int row) const;
    bool hasDrills() const;
    QString lastError() const { return m_error; }

    // Texts (headers, statuses) are made on demand in data(): tell the views to ask again.
    void retranslate();
    static QString drillCode(const QString& code);

public slots:
    void reload();

private:
    Core& m_core;
    QList<Incident> m_rows;
    bool m_showDrills = true;
    QString m_error;
};
