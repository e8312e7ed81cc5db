#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::icctl;

class TestIcctl : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void declarePrintsIdAndCode();
    void declareJson();
    void listShowAndStatus();
    void logAddAndList();
    void logAtAcceptsIsoTimes();
    void authorIsTheAccountWithoutALoginEnvironment();
    void unknownIncidentFails();
    void badSeverityIsUsageError();
    void errorsAreTranslated();
    void japaneseOutputHasNoEnglishLeft();
    void refusesNewerDatabase();
    void refusesGarbageFile();
    void helpListsCommands();
    void helpForAGroupOrACommand();
    void personAddTakesTheNameAlone();
    void helpListsEveryOptionOfEveryCommand();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("ic.sqlite"))}; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestIcctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestIcctl::declarePrintsIdAndCode()
{
    const auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                                      QStringLiteral("DB CPU 100%"), QStringLiteral("--severity"), QStringLiteral("SEV1")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("1\tINC-2026-0001").replace(QStringLiteral("2026"),
                                                                          QString::number(QDate::currentDate().year())));
}

void TestIcctl::declareJson()
{
    const auto r = icctl(db() + QStringList{QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("declare"),
                                      QStringLiteral("--title"), QStringLiteral("訓練"), QStringLiteral("--severity"),
                                      QStringLiteral("sev3"), QStringLiteral("--drill"), QStringLiteral("--impact"),
                                      QStringLiteral("none")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("code")).toString().startsWith(QStringLiteral("DRILL-")));
}

void TestIcctl::listShowAndStatus()
{
    QCOMPARE(icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                                QStringLiteral("A"), QStringLiteral("--severity"), QStringLiteral("SEV2")})
                 .exitCode,
             0);
    auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("status"), QStringLiteral("1"),
                                QStringLiteral("monitoring")});
    QCOMPARE(r.exitCode, 0);
    r = icctl(db() + QStringList{QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("monitoring"));
    QVERIFY(!o.value(QStringLiteral("mitigated_at")).toString().isEmpty());
    r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("status"), QStringLiteral("1"),
                           QStringLiteral("sleeping")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("sleeping")));
    r = icctl(db() + QStringList{QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
}

void TestIcctl::logAddAndList()
{
    icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("A"),
                       QStringLiteral("--severity"), QStringLiteral("SEV2")});
    const QString code = QStringLiteral("INC-%1-0001").arg(QDate::currentDate().year());
    auto r = icctl(db() + QStringList{QStringLiteral("log"), QStringLiteral("add"), code, QStringLiteral("--kind"),
                                QStringLiteral("decision"), QStringLiteral("Roll"), QStringLiteral("back")});
    QCOMPARE(r.exitCode, 0);
    r = icctl(db() + QStringList{QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--kind"),
                           QStringLiteral("nonsense"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    r = icctl(db() + QStringList{QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    // The declaration, the declarer taking command (a role_change entry, see docs/roles.md) and the decision.
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("role_change"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Roll back"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("decision"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("author")).toString(), QStringLiteral("tester"));
}

// Started by a service or `env -i`, with none of IC_USER, USER, LOGNAME, USERNAME: the entry names the
// account that wrote it, not "unknown".
void TestIcctl::authorIsTheAccountWithoutALoginEnvironment()
{
    icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                             QStringLiteral("A"), QStringLiteral("--severity"), QStringLiteral("SEV2")});
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"IC_USER", "USER", "LOGNAME", "USERNAME"})
        env.remove(QString::fromLatin1(var));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IC_ICCTL_PATH),
            db() + QStringList{QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("add"),
                               QStringLiteral("1"), QStringLiteral("written by a cron job")});
    const TestSupport::Run r = TestSupport::finish(p);
    QCOMPARE(r.exitCode, 0);
    const QString author =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("author")).toString();
    QVERIFY2(!author.isEmpty() && author != QStringLiteral("unknown"), qPrintable(author));
    // The same account as this test runs under.
    QProcess whoami;
    whoami.start(QStringLiteral("id"), {QStringLiteral("-un")});
    QCOMPARE(author, QString::fromLocal8Bit(TestSupport::finish(whoami).out.toLocal8Bit()).trimmed());
}

void TestIcctl::logAtAcceptsIsoTimes()
{
    icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("A"),
                       QStringLiteral("--severity"), QStringLiteral("SEV2")});
    auto r = icctl(db() + QStringList{QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--at"),
                                QStringLiteral("2026-11-29T09:30:00+09:00"), QStringLiteral("alert fired")});
    QCOMPARE(r.exitCode, 0);
    r = icctl(db() + QStringList{QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1"),
                           QStringLiteral("--oldest-first")});
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("occurred_at")).toString(),
             QStringLiteral("2026-11-29T00:30:00.000Z"));
    r = icctl(db() + QStringList{QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--at"),
                           QStringLiteral("yesterday"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
}

void TestIcctl::unknownIncidentFails()
{
    const auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("INC-2026-0404")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("INC-2026-0404")));
    QVERIFY(r.out.isEmpty());
}

void TestIcctl::badSeverityIsUsageError()
{
    const auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                                      QStringLiteral("A"), QStringLiteral("--severity"), QStringLiteral("SEV5")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("SEV5")));
}

void TestIcctl::errorsAreTranslated()
{
    const auto r = icctl(db() + QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("incident"),
                                      QStringLiteral("show"), QStringLiteral("77")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("インシデント")), qPrintable(r.err));
}

// Words that used to stay English (or half-translated) in a Japanese icctl.
void TestIcctl::japaneseOutputHasNoEnglishLeft()
{
    const QStringList ja = db() + QStringList{QStringLiteral("--lang"), QStringLiteral("ja")};
    const auto metrics = icctl(ja + QStringList{QStringLiteral("metrics")});
    QCOMPARE(metrics.exitCode, 0);
    QVERIFY2(metrics.out.contains(QStringLiteral("データなし")), qPrintable(metrics.out));
    QVERIFY2(!metrics.out.contains(QStringLiteral("- 分")), qPrintable(metrics.out));

    QCOMPARE(icctl(ja + QStringList{QStringLiteral("incident"), QStringLiteral("declare"),
                                    QStringLiteral("--title"), QStringLiteral("A"),
                                    QStringLiteral("--severity"), QStringLiteral("SEV2")})
                 .exitCode,
             0);
    QCOMPARE(icctl(ja + QStringList{QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"),
                                    QStringLiteral("--title"), QStringLiteral("Raise the pool limit"),
                                    QStringLiteral("--due"), QStringLiteral("2020-01-01")})
                 .exitCode,
             0);
    const auto followups = icctl(ja + QStringList{QStringLiteral("followup"), QStringLiteral("list")});
    QVERIFY2(followups.out.contains(QStringLiteral("（期限切れ）")), qPrintable(followups.out));
    QVERIFY2(!followups.out.contains(QStringLiteral("overdue")), qPrintable(followups.out));

    QCOMPARE(
        icctl(ja + QStringList{QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                               QStringLiteral("--kind"), QStringLiteral("slack"), QStringLiteral("--url"),
                               QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("--drill")})
            .exitCode,
        0);
    const auto channels = icctl(ja + QStringList{QStringLiteral("channel"), QStringLiteral("list")});
    QVERIFY2(channels.out.contains(QStringLiteral("、")), qPrintable(channels.out));
    QVERIFY2(!channels.out.contains(QStringLiteral(", ")), qPrintable(channels.out));

    const auto help = icctl({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("log search ID TEXT [--oldest-first]")));
    QVERIFY(!help.out.contains(QStringLiteral("the options of")));
}

void TestIcctl::refusesNewerDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("ic.sqlite"));
    icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("list")});
    QVERIFY(QFile::exists(path));
    // Written by a future version: bump user_version with the sqlite3 shell-free way, through another core.
    {
        Core c;
        QVERIFY(c.open(path).ok());
        QSqlQuery q(c.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
}

void TestIcctl::refusesGarbageFile()
{
    const QString path = m_dir->filePath(QStringLiteral("ic.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is a text file, not a database\n");
    f.close();
    const auto r = icctl(db() + QStringList{QStringLiteral("incident"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("untouched")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("this is a text file, not a database\n"));
}

void TestIcctl::helpListsCommands()
{
    const auto r = icctl({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("incident declare")));
    QVERIFY(r.out.contains(QStringLiteral("log add")));
    const auto none = icctl({});
    QCOMPARE(none.exitCode, 2);
    const auto unknown = icctl(db() + QStringList{QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
}

// `--help` after command words, or `help` before them, lists only those commands, in the chosen language, and
// needs no database; a group's word alone, or an unknown word in a group, gets the group's commands.
void TestIcctl::helpForAGroupOrACommand()
{
    auto listed = [](const QString& out) {
        QStringList lines;
        for (const QString& line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("  icctl ")))
                lines << line.mid(8).section(QLatin1Char(' '), 0, 1);
        return lines;
    };
    const QStringList personCommands{QStringLiteral("person add"), QStringLiteral("person list"),
                                     QStringLiteral("person import"), QStringLiteral("person export")};
    const QString missing = QStringLiteral("/nonexistent/folder/t.sqlite");
    auto r = icctl({QStringLiteral("--db"), missing, QStringLiteral("person"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(listed(r.out), personCommands);
    r = icctl({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("help"),
               QStringLiteral("person"), QStringLiteral("add")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(listed(r.out), QStringList{QStringLiteral("person add")});
    QVERIFY2(r.out.contains(QStringLiteral("名簿に人を追加します。")), qPrintable(r.out));
    r = icctl({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--help")});
    QCOMPARE(listed(r.out), QStringList{QStringLiteral("log add")});

    r = icctl({QStringLiteral("--db"), missing, QStringLiteral("person")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("\"person\" is not a whole command.")), qPrintable(r.err));
    QCOMPARE(listed(r.err), personCommands);
    r = icctl({QStringLiteral("--db"), missing, QStringLiteral("person"), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("Unknown command: person frobnicate")), qPrintable(r.err));
    QCOMPARE(listed(r.err), personCommands);
}

void TestIcctl::personAddTakesTheNameAlone()
{
    QCOMPARE(icctl(db() + QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("田中"),
                                      QStringLiteral("--handle"), QStringLiteral("tanaka")})
                 .exitCode,
             0);
    QCOMPARE(icctl(db() + QStringList{QStringLiteral("person"), QStringLiteral("add"),
                                      QStringLiteral("--name"), QStringLiteral("鈴木")})
                 .exitCode,
             0);
    const auto twice =
        icctl(db() + QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("A"), QStringLiteral("B")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(QStringLiteral("Give the name once")), qPrintable(twice.err));
    const auto list = icctl(db() + QStringList{QStringLiteral("person"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("田中\t@tanaka")) && list.out.contains(QStringLiteral("鈴木")),
             qPrintable(list.out));
    QVERIFY(!list.out.contains(QStringLiteral("\tA\t")) && !list.out.contains(QStringLiteral("\tB\t")));
}

// icctl --help is where a script's author looks: each command's line there names every option that the
// command's own usage (printed on a wrong option) names.
void TestIcctl::helpListsEveryOptionOfEveryCommand()
{
    const auto help = icctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    int checked = 0;
    QStringList missing;
    for (const QString& line : help.out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("  icctl ")))
            continue;
        const QString synopsis = line.mid(8).trimmed();
        QStringList command;
        for (const QString& w : synopsis.split(QLatin1Char(' '))) {
            if (!word.match(w).hasMatch())
                break;
            command << w;
        }
        QVERIFY2(!command.isEmpty(), qPrintable(line));
        const auto wrong = icctl(db() + command + QStringList{QStringLiteral("--no-such-option")});
        QCOMPARE(wrong.exitCode, 2);
        const qsizetype at = wrong.err.indexOf(QStringLiteral("Usage: "));
        QVERIFY2(at >= 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + wrong.err));
        const QString usage = wrong.err.mid(at).section(QLatin1Char('\n'), 0, 0);
        for (auto m = option.globalMatch(usage); m.hasNext();) {
            const QString name = m.next().captured();
            const QRegularExpression named(QRegularExpression::escape(name) + QStringLiteral("(?![a-z-])"));
            if (!named.match(synopsis).hasMatch() && !synopsis.contains(QStringLiteral("[the options of")))
                missing << QStringLiteral("%1: %2").arg(command.join(QLatin1Char(' ')), name);
        }
        ++checked;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(TestIcctl)
#include "tst_icctl.moc"
