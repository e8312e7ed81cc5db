#include "handoffannouncement.h"

#include "notificationservice.h"
#include "roleservice.h"
#include "storage/transaction.h"

Result<Handoff> HandoffAnnouncement::handOff(const Request& r) const
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<Handoff> handoff = m_roles.handOff(r.incidentId, r.roleKey, r.toPersonId, r.briefing, r.by);
    if (!handoff)
        return handoff;
    if (!r.channelIds.isEmpty()) {
        // Composed inside the transaction, so {{handoff.*}} and {{ic.*}} already name the incoming holder.
        const Result<ComposedMessage> message =
            m_notifications.compose({r.incidentId, Audience::Responders, r.language, templateKey});
        if (!message)
            return fail(tr("The handoff was not recorded, because its announcement could not be written: %1")
                            .arg(message.error()));
        SendRequest send;
        send.incidentId = r.incidentId;
        send.audience = Audience::Responders;
        send.language = r.language;
        send.templateKey = templateKey;
        send.title = message->title;
        send.text = message->text;
        send.channelIds = r.channelIds;
        send.author = r.by;
        if (const Result<SendReceipt> sent = m_notifications.send(send); !sent)
            return fail(tr("The handoff was not recorded, because its announcement could not be queued: %1")
                            .arg(sent.error()));
    }
    if (Status s = tx.commit(); !s)
        return s.failure();
    return handoff;
}
