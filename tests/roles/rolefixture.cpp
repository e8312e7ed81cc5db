#include "rolefixture.h"

#include "core.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"

#include <QTest>

namespace {
Person person(const char* name, const char* handle, const char* phone, const char* team, const char* langs,
              const char* skills)
{
    Person p;
    p.name = QString::fromUtf8(name);
    p.handle = QString::fromUtf8(handle);
    p.phone = QString::fromUtf8(phone);
    p.email = p.handle + QStringLiteral("@example.co.jp");
    p.team = QString::fromUtf8(team);
    p.languages = People::splitList(QString::fromUtf8(langs));
    p.skills = People::splitList(QString::fromUtf8(skills));
    return p;
}
} // namespace

RoleFixture::Seeded RoleFixture::seed(Core& core)
{
    Seeded s;
    const QList<Person> roster{
        person("佐藤 美咲", "misaki", "+81 90 1234 5678", "SRE", "ja; en", "incident command"),
        person("Alice Smith", "alice", "+81 80 2222 3333", "Platform", "en", "kubernetes; postgres"),
        person("田中 健", "ken", "+81 70 4444 5555", "Support", "ja", "customer comms"),
        person("Bob Jones", "bob", "+1 415 555 0100", "SRE", "en; ja", "networking"),
        person("鈴木 一郎", "ichiro", "+81 90 8888 9999", "DB", "ja", "mysql; backups"),
        person("Chen Wei", "wei", "+86 138 0000 0000", "Payments", "en; zh", "payments"),
    };
    for (const Person& p : roster) {
        const auto added = core.people().add(p);
        if (!added)
            qWarning("fixture: %s", qPrintable(added.error()));
        else
            s.people << added.value();
    }
    if (s.people.size() != roster.size())
        return s;

    Rotation r;
    r.name = QStringLiteral("SRE");
    r.kind = RotationKind::Weekly;
    r.startsAt = core.clock().now().addDays(-2);
    r.memberIds = {s.people.at(3).id, s.people.at(0).id};
    if (const auto created = core.onCall().createRotation(r); !created)
        qWarning("fixture: %s", qPrintable(created.error()));

    IncidentDraft d;
    d.title = QStringLiteral("決済APIでエラー率上昇 / Checkout API errors");
    d.severity = Severity::Sev1;
    d.impact = QStringLiteral("30% of checkouts fail for customers in Japan");
    d.summary = QStringLiteral("Errors began after release 2026.11.29-1");
    d.author = QStringLiteral("misaki");
    const auto incident = core.incidents().declare(d);
    if (!incident) {
        qWarning("fixture: %s", qPrintable(incident.error()));
        return s;
    }
    s.incident = incident.value();
    const QString by = QStringLiteral("misaki");
    auto& roles = core.roles();
    auto check = [](const Status& st) {
        if (!st)
            qWarning("fixture: %s", qPrintable(st.error()));
    };
    auto assign = [&](const QString& key, int who) {
        const auto a = roles.assign(s.incident.id, key, s.people.at(who).id, by);
        check(a ? Status() : Status(a.failure()));
    };
    assign(Roles::commander, 0);
    if (auto* manual = dynamic_cast<ManualClock*>(&core.clock()))
        manual->advance(4 * 60 * 1000);
    assign(Roles::operations, 1);
    assign(Roles::communications, 2);
    assign(Roles::deputy, 3);
    check(roles.addRole(s.incident.id, QStringLiteral("scribe"), by));
    EntryDraft e;
    e.kind = EntryKind::Action;
    e.author = QStringLiteral("alice");
    e.text = QStringLiteral("Rolling back release 2026.11.29-1");
    check(core.timeline().add(s.incident.id, e) ? Status() : Status(fail(QStringLiteral("timeline"))));
    check(roles.requestHelp(s.incident.id, Roles::operations, QStringLiteral("Need a MySQL expert"),
                            QStringLiteral("alice")));
    return s;
}
