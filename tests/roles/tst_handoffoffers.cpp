#include "services/handoffofferservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "storage/handoffofferstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

// Handoffs across desktops: offered with the briefing, acknowledged later by the incoming holder only.
class TestHandoffOffers final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> t;
    Person alice, bob, carol;
    Incident incident;

    HandoffOfferService& offers() { return t->core().handoffOffers(); }
    RoleService& roles() { return t->core().roles(); }
    Person add(const QString& name, const QString& handle)
    {
        Person p;
        p.name = name;
        p.handle = handle;
        return t->core().people().add(p).value();
    }
    static Briefing briefing() { return {QStringLiteral("Errors at 30%"), {}, {}, {}}; }

private slots:
    void init()
    {
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
        alice = add(QStringLiteral("Alice Smith"), QStringLiteral("alice"));
        bob = add(QStringLiteral("Bob Jones"), QStringLiteral("bob"));
        carol = add(QStringLiteral("Carol King"), QStringLiteral("carol"));
        incident = t->declare(QStringLiteral("Offers"));
        QVERIFY(roles().assign(incident.id, Roles::commander, alice.id, QStringLiteral("alice")));
    }
    void cleanup() { t.reset(); }

    void offerChangesNothingUntilAcknowledged()
    {
        QSignalSpy changed(&offers(), &HandoffOfferService::offersChanged);
        const auto o =
            offers().offer(incident.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice"));
        QVERIFY2(o, qPrintable(o.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(o->fromName, QStringLiteral("Alice Smith"));
        QCOMPARE(roles().holder(incident.id, Roles::commander)->value().personId, alice.id);
        QCOMPARE(offers().openOffers(incident.id)->size(), 1);

        // Only the incoming person can acknowledge.
        const auto wrong = offers().acknowledge(incident.id, Roles::commander, QStringLiteral("carol"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains(QStringLiteral("Bob Jones")));
        QCOMPARE(roles().holder(incident.id, Roles::commander)->value().personId, alice.id);

        t->clock().advance(120000);
        const auto h = offers().acknowledge(incident.id, Roles::commander, QStringLiteral("Bob"));
        QVERIFY2(h, qPrintable(h.error()));
        QCOMPARE(h->toPersonId, bob.id);
        QCOMPARE(h->acknowledgedAt, t->clock().now());
        QCOMPARE(h->briefing.situation, QStringLiteral("Errors at 30%"));
        QCOMPARE(roles().holder(incident.id, Roles::commander)->value().personId, bob.id);
        QVERIFY(offers().openOffers(incident.id)->isEmpty());
        QVERIFY(
            !offers().acknowledge(incident.id, Roles::commander, QStringLiteral("bob"))); // nothing waits now
    }

    void aNewerOfferReplacesTheOpenOne()
    {
        QVERIFY(offers().offer(incident.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice")));
        QVERIFY(offers().offer(incident.id, Roles::commander, carol.id, briefing(), QStringLiteral("alice")));
        const auto open = offers().openOffers(incident.id);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).toPersonId, carol.id);
        QVERIFY(!offers().acknowledge(incident.id, Roles::commander, QStringLiteral("bob")));
        QVERIFY(offers().acknowledge(incident.id, Roles::commander, QStringLiteral("carol")));
    }

    void withdrawnOrStaleOffersCannotBeAcknowledged()
    {
        QVERIFY(offers().offer(incident.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice")));
        const int entries = t->core().timeline().count(incident.id).value();
        QVERIFY(offers().withdraw(incident.id, Roles::commander, QStringLiteral("alice")));
        QCOMPARE(t->core().timeline().count(incident.id).value(), entries + 1);
        QVERIFY(!offers().acknowledge(incident.id, Roles::commander, QStringLiteral("bob")));
        QVERIFY(!offers().withdraw(incident.id, Roles::commander, QStringLiteral("alice")));

        // Command moved another way after the offer: acknowledging it must not move command again.
        QVERIFY(offers().offer(incident.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice")));
        QVERIFY(
            roles().handOff(incident.id, Roles::commander, carol.id, briefing(), QStringLiteral("alice")));
        const auto stale = offers().acknowledge(incident.id, Roles::commander, QStringLiteral("bob"));
        QVERIFY(!stale);
        QCOMPARE(roles().holder(incident.id, Roles::commander)->value().personId, carol.id);
        QCOMPARE(offers().openOffers(incident.id)->size(), 1); // still open: someone has to withdraw it

        // An offer read as open and closed by another process before the handoff's transaction: the second
        // close (the one inside the handoff) fails, so the handoff rolls back.
        HandoffOfferStore store(t->core().database());
        const qint64 id = offers().openOffers(incident.id)->at(0).id;
        QVERIFY(store.close(id, t->clock().now(), QStringLiteral("alice"), HandoffOfferStore::Outcome::Cancelled));
        const Status late =
            store.close(id, t->clock().now(), QStringLiteral("bob"), HandoffOfferStore::Outcome::Acknowledged);
        QVERIFY(!late.ok());
        QVERIFY2(late.error().contains(QStringLiteral("meanwhile")), qPrintable(late.error()));
    }

    void offersAreValidated()
    {
        QVERIFY(!offers().offer(incident.id, Roles::commander, bob.id, Briefing{}, QStringLiteral("alice")));
        QVERIFY(
            !offers().offer(incident.id, Roles::commander, alice.id, briefing(), QStringLiteral("alice")));
        QVERIFY(!offers().offer(incident.id, Roles::operations, bob.id, briefing(), QStringLiteral("alice")));
        QVERIFY(!offers().offer(incident.id, QStringLiteral("janitor"), bob.id, briefing(),
                                QStringLiteral("alice")));
        QVERIFY(!offers().offer(incident.id, Roles::commander, 999, briefing(), QStringLiteral("alice")));
        QVERIFY(offers().openOffers(incident.id)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHandoffOffers)
#include "tst_handoffoffers.moc"
