#pragma once

#include "result.h"
#include "storage/reporttextstore.h"

#include <QMap>
#include <QObject>

#include <memory>

class Database;
class Clock;

// The wording a user edits before exporting a report (customer report, postmortem), per incident and
// section. The documents themselves are built by app/report from a ReportData snapshot.
class ReportService final : public QObject
{
    Q_OBJECT
public:
    ReportService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~ReportService() override;

    Result<QMap<QString, QString>> wording(qint64 incidentId) const;
    // Saves every section in one transaction; an empty text goes back to the derived wording.
    Status saveWording(qint64 incidentId, const QMap<QString, QString>& sections, const QString& by);
    // Every saved version of the wording of `section` (every section when empty), oldest first.
    Result<QList<ReportTextVersion>> wordingHistory(qint64 incidentId, const QString& section = {}) const;
    // Makes an earlier version its section's wording again. The restore is saved as a new version, so the
    // history stays whole and shows who went back, and when. Returns the version restored.
    Result<ReportTextVersion> restoreWording(qint64 incidentId, qint64 versionId, const QString& by);

    static constexpr int maxSectionLength = 100000;

signals:
    void wordingChanged(qint64 incidentId);

private:
    static Status checkImpactPeriod(const QMap<QString, QString>& sections,
                                    const QMap<QString, QString>& saved);

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<ReportTextStore> m_store;
};
