#pragma once

#include "domain/audience.h"
#include "domain/channel.h"
#include "domain/notificationcontent.h"
#include "domain/notificationtemplate.h"
#include "notify/placeholdervalues.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class CadenceStore;
class ChannelStore;
class Clock;
class CommanderDirectory;
class Database;
class IncidentStore;
class OutboxService;
class SentUpdateStore;
class NotificationTemplateStore;
class TimelineService;
class TimelineStore;

struct ComposeRequest
{
    qint64 incidentId = 0;
    Audience audience = Audience::Responders;
    MessageLanguage language = MessageLanguage::English;
    QString templateKey;
};

struct ComposedMessage
{
    QString title;
    QString text;
};

struct SendRequest
{
    qint64 incidentId = 0;
    Audience audience = Audience::Responders;
    MessageLanguage language = MessageLanguage::English;
    QString templateKey;
    QString
        title; // may still hold {{placeholders}}; they are expanded (or refused) before anything is queued
    QString text;
    QList<qint64> channelIds;
    QString author;
};

struct SendReceipt
{
    qint64 updateId = 0;
    qint64 timelineEntryId = 0;
    QList<qint64> messageIds;
    int suppressed = 0;
};

// What one destination will receive, for the composer's preview.
struct ChannelPreview
{
    Channel channel;
    NotificationContent content;
    QString contentType;
    QByteArray body;
    bool suppressed = false; // a drill update that this channel will not receive
};

// Writes stakeholder updates: fills templates from the incident, previews them per destination, and
// sends them — the timeline entry (kind communication), the sent-update record and the outbox rows are
// committed in one transaction, then the Dispatcher delivers.
class NotificationService final : public QObject
{
    Q_OBJECT
public:
    NotificationService(Database& db, Clock& clock, TimelineService& timeline, OutboxService& outbox,
                        QObject* parent = nullptr);
    ~NotificationService() override;

    // The role board sets this; without it {{ic.name}} is the person who declared the incident.
    void setCommanderDirectory(const CommanderDirectory* directory) { m_directory = directory; }

    // Bundled templates with team templates in their place where key and language match.
    Result<QList<NotificationTemplate>> templates() const;
    Result<NotificationTemplate> findTemplate(const QString& key, const QString& language) const;
    Status saveTemplate(const NotificationTemplate& t);
    Status removeTemplate(const QString& key, const QString& language);

    Result<ComposedMessage> compose(const ComposeRequest& request) const;
    Result<NotificationContent> content(const SendRequest& request) const;
    Result<QList<ChannelPreview>> preview(const SendRequest& request) const;
    Result<SendReceipt> send(const SendRequest& request);
    // A short test message to one channel, through the outbox like any other.
    Result<qint64> sendTest(qint64 channelId, const QString& author);

    Result<PlaceholderFacts> facts(qint64 incidentId, Audience audience) const;

signals:
    void updateSent(qint64 incidentId, qint64 updateId);
    void templatesChanged();

private:
    Result<ComposedMessage> composeOne(const ComposeRequest& request, const QString& language) const;

    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    OutboxService& m_outbox;
    const CommanderDirectory* m_directory = nullptr;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<TimelineStore> m_entries;
    std::unique_ptr<SentUpdateStore> m_sent;
    std::unique_ptr<CadenceStore> m_cadence;
    std::unique_ptr<NotificationTemplateStore> m_templates;
    std::unique_ptr<ChannelStore> m_channels;
};
