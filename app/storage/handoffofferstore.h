#pragma once

#include "domain/handoff.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// SQL for handoff offers. Inserted open; closed once as acknowledged, cancelled or superseded.
class HandoffOfferStore final
{
public:
    enum class Outcome { Acknowledged, Cancelled, Superseded };

    explicit HandoffOfferStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const HandoffOffer& offer);
    Status close(qint64 offerId, const QDateTime& at, const QString& by, Outcome outcome);
    Result<std::optional<HandoffOffer>> open(qint64 incidentId, const QString& roleKey) const;
    Result<QList<HandoffOffer>> openAll(qint64 incidentId) const;
    // Every offer ever made on the incident, open or closed, oldest first.
    Result<QList<HandoffOffer>> everyOffer(qint64 incidentId) const { return list(incidentId, false); }

private:
    Result<QList<HandoffOffer>> list(qint64 incidentId, bool openOnly) const;
    static HandoffOffer fromQuery(const QSqlQuery& q);
    Database& m_db;
};
