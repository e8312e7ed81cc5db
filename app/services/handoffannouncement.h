#pragma once

#include "domain/audience.h"
#include "domain/handoff.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class NotificationService;
class RoleService;

// A handoff of a role that is also announced to channels: the handoff, its timeline entries, the sent
// update and the outbox rows commit in one transaction, so a crash never leaves a handoff that was meant to
// be announced without its announcement, nor an announcement of a handoff that did not happen. The message
// is the bundled (or the team's own) "handoff_notice" template, to responders.
class HandoffAnnouncement final
{
    Q_DECLARE_TR_FUNCTIONS(HandoffAnnouncement)
public:
    static inline const QString templateKey = QStringLiteral("handoff_notice");

    struct Request
    {
        qint64 incidentId = 0;
        QString roleKey;
        qint64 toPersonId = 0;
        Briefing briefing;
        QString by;
        QList<qint64> channelIds; // empty: recorded and not announced
        MessageLanguage language = MessageLanguage::English;
    };

    HandoffAnnouncement(Database& db, RoleService& roles, NotificationService& notifications)
        : m_db(db), m_roles(roles), m_notifications(notifications)
    {
    }

    Result<Handoff> handOff(const Request& request) const;

private:
    Database& m_db;
    RoleService& m_roles;
    NotificationService& m_notifications;
};
