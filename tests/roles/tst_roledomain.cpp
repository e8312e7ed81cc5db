#include "domain/activitylog.h"
#include "domain/briefingdraft.h"
#include "domain/csv.h"
#include "domain/roleboard.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

// The role board's pure rules and helpers, without a database.
class TestRoleDomain final : public QObject
{
    Q_OBJECT

private:
    static RoleSlot slot(const QString& key, std::optional<Person> holder = std::nullopt)
    {
        RoleSlot s;
        s.role = Roles::builtin(key).value_or(RoleDefinition{key, key, {}, {}, {}, false, false});
        s.holder = holder;
        if (holder) {
            Assignment a;
            a.roleKey = key;
            a.personId = holder->id;
            s.assignment = a;
        }
        return s;
    }
    static Person person(qint64 id, const QString& name, const QString& handle = {})
    {
        Person p;
        p.id = id;
        p.name = name;
        p.handle = handle;
        return p;
    }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void customKeys()
    {
        QVERIFY(Roles::isValidCustomKey(QStringLiteral("db-expert")));
        QVERIFY(Roles::isValidCustomKey(QStringLiteral("x")));
        QVERIFY(!Roles::isValidCustomKey(QStringLiteral("scribe"))); // built-in
        QVERIFY(!Roles::isValidCustomKey(QStringLiteral("1abc")));
        QVERIFY(!Roles::isValidCustomKey(QStringLiteral("Upper")));
        QVERIFY(!Roles::isValidCustomKey(QString(33, QLatin1Char('a'))));
        QCOMPARE(Roles::builtinKeys().size(), 8);
        QCOMPARE(Roles::builtin(QStringLiteral(" Commander "))->key, QStringLiteral("commander"));
        // The timeline's short keys are accepted, and mapped back for its role filter.
        QCOMPARE(Roles::normalizeKey(QStringLiteral("IC")), QStringLiteral("commander"));
        QCOMPARE(Roles::normalizeKey(QStringLiteral("ops")), QStringLiteral("operations"));
        QVERIFY(!Roles::isValidCustomKey(QStringLiteral("comms")));
        QCOMPARE(Roles::timelineKey(QStringLiteral("communications")), QStringLiteral("comms"));
        QCOMPARE(Roles::timelineKey(QStringLiteral("scribe")), QStringLiteral("scribe"));
        QCOMPARE(Roles::timelineKey(QStringLiteral("db-expert")), QString());
    }

    void customRolesShowTheUiLanguage()
    {
        RoleDefinition r{QStringLiteral("db"),
                         QStringLiteral("Database expert"),
                         QStringLiteral("DB担当"),
                         QStringLiteral("Knows the DB"),
                         {},
                         false,
                         false};
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(r.displayName(), QStringLiteral("DB担当"));
        QCOMPARE(r.displayDuty(), QStringLiteral("Knows the DB")); // no Japanese duty: English stands in
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(r.displayName(), QStringLiteral("Database expert"));
    }

    void icHoldsVacantRolesAndTheirOwn()
    {
        const Person ic = person(1, QStringLiteral("Alice"), QStringLiteral("alice"));
        RoleBoard b;
        b.severity = Severity::Sev2;
        b.roleSlots = {slot(Roles::commander, ic), slot(Roles::operations, person(2, QStringLiteral("Bob"))),
                       slot(Roles::communications, ic), slot(Roles::planning)};
        QCOMPARE(b.icAlsoHolds(), (QStringList{Roles::communications, Roles::planning}));
        QVERIFY(b.warnings().isEmpty());
        b.roleSlots[1] = slot(Roles::operations, ic);
        QCOMPARE(b.warnings().size(), 1);
        b.incidentOpen = false;
        QVERIFY(b.warnings().isEmpty()); // a resolved incident needs no warnings
    }

    void briefingDraftReadsTheIncident()
    {
        Incident i;
        i.code = QStringLiteral("INC-2026-0042");
        i.title = QStringLiteral("Checkout errors");
        i.severity = Severity::Sev1;
        i.status = IncidentStatus::Identified;
        i.impact = QStringLiteral("30% of checkouts fail");
        RoleBoard b;
        b.roleSlots = {slot(Roles::commander, person(1, QStringLiteral("Alice"), QStringLiteral("alice"))),
                       slot(Roles::operations)};
        b.roleSlots[1].help =
            HelpRequest{1, 0, Roles::operations, 1, QStringLiteral("need a DBA"), {}, {}, {}, {}};
        QList<TimelineEntry> recent;
        for (int n = 0; n < 8; ++n) {
            TimelineEntry e;
            e.kind = n == 0 ? EntryKind::Note : EntryKind::Action;
            e.text = QStringLiteral("step %1").arg(n);
            e.author = QStringLiteral("bob");
            e.occurredAt = QDateTime(QDate(2026, 11, 29), QTime(9, n), Qt::UTC);
            recent << e;
        }
        const Briefing d = BriefingDraft::make(i, b, recent);
        QVERIFY(d.situation.contains(QStringLiteral("INC-2026-0042 Checkout errors — SEV1")));
        QVERIFY(d.situation.contains(QStringLiteral("30% of checkouts fail")));
        QVERIFY(d.objectives.contains(QStringLiteral("fix or mitigation")));
        QVERIFY(!d.currentActions.contains(QStringLiteral("step 0"))); // notes are not actions
        QVERIFY(d.currentActions.contains(QStringLiteral("09:01 UTC step 1 (bob)")));
        QVERIFY(!d.currentActions.contains(QStringLiteral("step 6"))); // at most five recent ones
        QVERIFY(d.currentActions.contains(QStringLiteral("need a DBA")));
        QVERIFY(d.organisation.contains(QStringLiteral("Incident Commander: Alice (@alice)")));
        QVERIFY(d.organisation.contains(QStringLiteral("Operations lead: held by the IC")));
        QVERIFY(d.toText().startsWith(QStringLiteral("Situation:\n")));
    }

    void activityLogMarkdownEscapesUserText()
    {
        ActivityPeriod p;
        p.assignment.startedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        p.holderLabel = QStringLiteral("Mal <b>lory</b> [x](javascript:y)\n# boss");
        TimelineEntry e;
        e.occurredAt = QDateTime(QDate(2026, 11, 29), QTime(9, 5), Qt::UTC);
        e.text = QStringLiteral("<img src=x onerror=alert(1)> **loud**\n# Fake heading\n    code");
        p.entries << e;
        const QString md = ActivityLog::toMarkdown(QStringLiteral("INC-1 <i>Ops</i>\n## more"), {p});
        // Every < and [ is backslash-escaped: no HTML and no link survives.
        static const QRegularExpression unescaped(QStringLiteral("(?<!\\\\)[<\\[]"));
        QVERIFY2(!unescaped.match(md).hasMatch(), qPrintable(md));
        QVERIFY2(!md.contains(QStringLiteral("[x](")) && !md.contains(QStringLiteral("**loud**")),
                 qPrintable(md));
        QVERIFY2(md.startsWith(QStringLiteral("# INC-1 \\<i\\>Ops\\</i\\> ## more\n")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("## Mal \\<b\\>lory\\</b\\> \\[x\\](javascript:y) # boss (")),
                 qPrintable(md));
        for (const QString& line : md.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QStringLiteral("# Fake")) && !line.startsWith(QStringLiteral("    ")),
                     qPrintable(line));
    }

    void csvRoundTrips()
    {
        const QStringList values{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("two\nlines"), QString()};
        const Csv::Parsed parsed = Csv::parse(Csv::line(values) + Csv::line({QStringLiteral("x")}));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows.at(0).fields, values);
        QCOMPARE(parsed.rows.at(1).line, 3); // the first record spans two lines
        const Csv::Parsed broken = Csv::parse(QStringLiteral("a\n\"b,c\nd\n"));
        QVERIFY(!broken.error.isEmpty());
        QCOMPARE(broken.errorLine, 2);
    }
};

QTEST_GUILESS_MAIN(TestRoleDomain)
#include "tst_roledomain.moc"
