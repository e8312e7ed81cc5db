#include "notificationservice.h"
#include "fileread.h"

#include "bilingual.h"
#include "commanderdirectory.h"
#include "domain/clock.h"
#include "notify/messageformatter.h"
#include "notify/templateengine.h"
#include "notify/templatelibrary.h"
#include "outboxservice.h"
#include "storage/cadencestore.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/notificationtemplatestore.h"
#include "storage/sentupdatestore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

namespace {
constexpr int kRecentEntries = 200;
constexpr int kMaxListed = 8;
} // namespace

NotificationService::NotificationService(Database& db, Clock& clock, TimelineService& timeline,
                                         OutboxService& outbox, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_outbox(outbox),
      m_incidents(std::make_unique<IncidentStore>(db)), m_entries(std::make_unique<TimelineStore>(db)),
      m_sent(std::make_unique<SentUpdateStore>(db)), m_cadence(std::make_unique<CadenceStore>(db)),
      m_templates(std::make_unique<NotificationTemplateStore>(db)), m_channels(std::make_unique<ChannelStore>(db))
{
}

NotificationService::~NotificationService() = default;

Result<QList<NotificationTemplate>> NotificationService::templates() const
{
    const auto own = m_templates->list();
    if (!own)
        return own.failure();
    QList<NotificationTemplate> out;
    for (const NotificationTemplate& t : TemplateLibrary::bundled()) {
        const auto replaced = std::find_if(own->cbegin(), own->cend(), [&t](const NotificationTemplate& o) {
            return o.key == t.key && o.language == t.language;
        });
        out << (replaced != own->cend() ? *replaced : t);
    }
    for (const NotificationTemplate& o : own.value()) {
        const bool isNew = std::none_of(out.cbegin(), out.cend(), [&o](const NotificationTemplate& t) {
            return o.key == t.key && o.language == t.language;
        });
        if (isNew)
            out << o;
    }
    return out;
}

Result<NotificationTemplate> NotificationService::findTemplate(const QString& key,
                                                               const QString& language) const
{
    const auto all = templates();
    if (!all)
        return all.failure();
    for (const NotificationTemplate& t : all.value())
        if (t.key == key && t.language == language)
            return t;
    return fail(tr("There is no template \"%1\" in language \"%2\".").arg(key, language));
}

Status NotificationService::saveTemplate(const NotificationTemplate& t)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_\\-]{1,40}$"));
    if (!keyPattern.match(t.key).hasMatch())
        return fail(tr("A template key uses lower-case letters, digits, '-' and '_' (at most 40)."));
    if (t.language != QStringLiteral("ja") && t.language != QStringLiteral("en"))
        return fail(tr("A template is written in ja or en."));
    if (t.title.trimmed().isEmpty())
        return fail(tr("A template needs a title (the update's first line)."));
    if (t.body.trimmed().isEmpty())
        return fail(tr("A template needs a body."));
    // An update is at most 30,000 characters once sent; a template must leave room for its placeholders.
    if (t.title.size() > 500 || t.body.size() > 20000)
        return fail(tr("The template is too long (title at most 500 characters, body at most 20,000)."));
    const QHash<QString, QString> probe = [] {
        QHash<QString, QString> h;
        for (const QString& n : TemplateEngine::knownNames())
            h.insert(n, QString());
        return h;
    }();
    for (const QString& part : {t.title, t.body})
        if (const auto checked = TemplateEngine::expand(part, probe); !checked)
            return checked.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    NotificationTemplate saved = t;
    if (saved.name.trimmed().isEmpty())
        saved.name = saved.key;
    if (Status s = m_templates->upsert(saved, m_clock.now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit templatesChanged();
    return {};
}

Status NotificationService::removeTemplate(const QString& key, const QString& language)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = m_templates->remove(key, language); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit templatesChanged();
    return {};
}

Result<PlaceholderFacts> NotificationService::facts(qint64 incidentId, Audience audience) const
{
    const auto incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    PlaceholderFacts f;
    f.incident = incident.value();
    f.audience = audience;
    f.now = m_clock.now();
    const auto last = m_sent->lastSentAt(incidentId, audience);
    if (!last)
        return last.failure();
    const auto minutes = m_cadence->intervalMinutes(audience, f.incident.severity);
    if (!minutes)
        return minutes.failure();
    if (minutes.value() > 0)
        f.nextUpdateAt = f.now.addSecs(qint64(minutes.value()) * 60);

    const auto recent = m_entries->page(incidentId, true, {}, kRecentEntries);
    if (!recent)
        return recent.failure();
    for (const TimelineEntry& e : recent.value()) {
        if (e.kind == EntryKind::Communication)
            continue;
        if ((!last->isValid() || e.occurredAt > last.value()) && f.changes.size() < kMaxListed)
            f.changes.prepend(e);
        if (e.kind == EntryKind::Action && f.actions.size() < kMaxListed)
            f.actions.prepend(e);
    }
    const CommanderContact commander =
        m_directory ? m_directory->currentCommander(incidentId) : CommanderContact{};
    if (m_directory)
        f.handoff = m_directory->latestHandoff(incidentId);
    f.commanderName = commander.name;
    f.commanderContact = commander.contact;
    if (f.commanderName.isEmpty()) {
        // Fallback until the role board is there: whoever declared the incident commands it.
        const auto first = m_entries->page(incidentId, false, {}, 1);
        if (first && !first->isEmpty())
            f.commanderName = first->constFirst().author;
    }
    return f;
}

Result<ComposedMessage> NotificationService::composeOne(const ComposeRequest& r,
                                                        const QString& language) const
{
    const auto t = findTemplate(r.templateKey, language);
    if (!t)
        return t.failure();
    const auto f = facts(r.incidentId, r.audience);
    if (!f)
        return f.failure();
    const QHash<QString, QString> values = PlaceholderValues::forLanguage(f.value(), language);
    const auto title = TemplateEngine::expand(t->title, values);
    if (!title)
        return title.failure();
    const auto text = TemplateEngine::expand(t->body, values);
    if (!text)
        return text.failure();
    return ComposedMessage{title.value(), text.value()};
}

Result<ComposedMessage> NotificationService::compose(const ComposeRequest& r) const
{
    if (r.language != MessageLanguage::Both)
        return composeOne(r, MessageLanguages::key(r.language));
    const auto ja = composeOne(r, QStringLiteral("ja"));
    if (!ja)
        return ja;
    const auto en = composeOne(r, QStringLiteral("en"));
    if (!en)
        return en;
    return ComposedMessage{ja->title + QStringLiteral(" / ") + en->title,
                           ja->text + QStringLiteral("\n\n――――――――\n\n") + en->text};
}

Result<NotificationContent> NotificationService::content(const SendRequest& r) const
{
    const QString language = MessageLanguages::key(r.language);
    const auto f = facts(r.incidentId, r.audience);
    if (!f)
        return f.failure();
    const QHash<QString, QString> values = PlaceholderValues::forLanguage(f.value(), language);
    const auto title = TemplateEngine::expand(r.title.trimmed(), values);
    if (!title)
        return title.failure();
    const auto text = TemplateEngine::expand(r.text.trimmed(), values);
    if (!text)
        return text.failure();
    if (text->isEmpty())
        return fail(tr("The update has no text."));
    if (text->size() > 30000)
        return fail(tr("The update is too long (%1 characters; at most 30000).").arg(text->size()));
    NotificationContent c;
    c.title = title->isEmpty() ? f->incident.title : title.value();
    c.text = text.value();
    c.audience = r.audience;
    c.language = language;
    c.incidentCode = f->incident.code;
    c.incidentTitle = f->incident.title;
    c.severity = f->incident.severity;
    c.status = f->incident.status;
    c.drill = f->incident.isDrill;
    c.time = f->now;
    return c;
}

Result<QList<ChannelPreview>> NotificationService::preview(const SendRequest& r) const
{
    const auto c = content(r);
    if (!c)
        return c.failure();
    QList<ChannelPreview> out;
    for (qint64 id : r.channelIds) {
        const auto channel = m_channels->get(id);
        if (!channel)
            return channel.failure();
        const auto formatter = MessageFormatter::forKind(channel->kind);
        ChannelPreview p;
        p.channel = channel.value();
        p.content = c.value();
        p.contentType = formatter->contentType();
        p.body = formatter->render(c.value(), QStringLiteral("msg_preview"));
        p.suppressed = c->drill && !channel->useInDrills;
        out << p;
    }
    return out;
}

Result<SendReceipt> NotificationService::send(const SendRequest& r)
{
    if (r.channelIds.isEmpty())
        return fail(tr("Choose at least one channel."));
    const auto c = content(r);
    if (!c)
        return c.failure();
    QStringList names;
    for (qint64 id : r.channelIds) {
        const auto channel = m_channels->get(id);
        if (!channel)
            return channel.failure();
        names << channel->name;
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const auto incident = m_incidents->get(r.incidentId);
    if (!incident)
        return incident.failure();
    EntryDraft entry;
    entry.kind = EntryKind::Communication;
    entry.author = r.author;
    entry.isPublic = r.audience == Audience::Customers;
    const LocalizedText sent = Bilingual::lines(
        {Bilingual::text("NotificationService",
                         QT_TRANSLATE_NOOP("NotificationService", "Update to %1 via %2:"),
                         {Bilingual::Arg::label("Audience", Audiences::labelSource(r.audience)),
                          names.join(QStringLiteral(", "))}),
         c->title, c->text});
    entry.setGenerated(
        incident->isDrill
            ? Bilingual::lines(
                  {sent, Bilingual::text("NotificationService",
                                         QT_TRANSLATE_NOOP("NotificationService",
                                                           "(Drill: channels not marked for drills kept "
                                                           "the update in the outbox.)"))})
            : sent);
    const auto entryId = m_timeline.appendInTransaction(r.incidentId, entry);
    if (!entryId)
        return entryId.failure();
    SentUpdate u;
    u.incidentId = r.incidentId;
    u.audience = r.audience;
    u.language = c->language;
    u.templateKey = r.templateKey;
    u.title = c->title;
    u.text = c->text;
    u.sentAt = m_clock.now();
    u.author = r.author;
    u.timelineEntryId = entryId.value();
    const auto updateId = m_sent->insert(u);
    if (!updateId)
        return updateId.failure();
    const auto queued =
        m_outbox.enqueueInTransaction(incident.value(), c.value(), r.channelIds, updateId.value());
    if (!queued)
        return queued.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    m_db.whenCommitted([this, incidentId = r.incidentId, entry = entryId.value(), update = updateId.value()] {
        m_timeline.announceAdded(incidentId, entry);
        m_outbox.announceQueued();
        emit updateSent(incidentId, update);
    });
    return SendReceipt{updateId.value(), entryId.value(), queued->messageIds, queued->suppressed};
}

Result<qint64> NotificationService::sendTest(qint64 channelId, const QString& author)
{
    NotificationContent c;
    c.title = tr("Test message from Incident Commander");
    c.text = tr("If you can read this, %1 can send incident updates here.").arg(author);
    c.language = QStringLiteral("en");
    c.incidentCode = QStringLiteral("TEST");
    c.incidentTitle = tr("Channel test");
    c.severity = Severity::Sev4;
    c.time = m_clock.now();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const auto queued = m_outbox.enqueueInTransaction(Incident{}, c, {channelId}, 0, QStringLiteral("test"));
    if (!queued)
        return queued.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    m_outbox.announceQueued();
    return queued->messageIds.constFirst();
}
