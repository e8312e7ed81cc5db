#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The icctl commands that do what a window action does (severity, backup, declare now, channel edit,
// template reset/remove, transcript import), end to end through the built binary.
class TestIcctlWindowActions final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("ic.sqlite")); }
    TestSupport::Run run(const QStringList& args, const QString& input = {}) const
    {
        return TestSupport::icctl(QStringList{QStringLiteral("--db"), dbPath()} + args, input);
    }
    QJsonValue json(const QStringList& args) const
    {
        const auto r = run(QStringList{QStringLiteral("--json")} + args);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject incident() const
    {
        return json({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("1")}).toObject();
    }
    QJsonArray timeline() const
    {
        return json({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1")}).toArray();
    }
    void declare(const QString& severity, const QStringList& extra = {}) const
    {
        const auto r =
            run(QStringList{QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                            QStringLiteral("API 5xx"), QStringLiteral("--severity"), severity} +
                extra);
        QCOMPARE(r.exitCode, 0);
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(m_dir->filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }
    QJsonObject channel(const QString& name) const
    {
        for (const QJsonValue& v : json({QStringLiteral("channel"), QStringLiteral("list")}).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        return {};
    }
    QJsonObject templateSummary(const QString& key) const
    {
        for (const QJsonValue& v : json({QStringLiteral("template"), QStringLiteral("list")}).toArray())
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return v.toObject();
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void severityEscalatesWithAReason()
    {
        declare(QStringLiteral("SEV3"));
        auto r = run({QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("severity"),
                      QStringLiteral("1"), QStringLiteral("sev1"), QStringLiteral("--reason"),
                      QStringLiteral("決済にも影響")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
        QCOMPARE(o.value(QStringLiteral("previous_severity")).toString(), QStringLiteral("SEV3"));
        QCOMPARE(incident().value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
        const QString top = timeline().at(0).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(top.contains(QStringLiteral("SEV3")) && top.contains(QStringLiteral("SEV1")) &&
                     top.contains(QStringLiteral("決済にも影響")),
                 qPrintable(top));
        // The escalation's checklist extension (offered by the window) is there for scripts too.
        r = run({QStringLiteral("--json"), QStringLiteral("checklist"), QStringLiteral("extend"),
                 QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt() > 0);
    }

    void severityIsValidated()
    {
        declare(QStringLiteral("SEV2"));
        auto r = run({QStringLiteral("incident"), QStringLiteral("severity"), QStringLiteral("1"),
                      QStringLiteral("SEV9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("SEV9")));
        r = run({QStringLiteral("incident"), QStringLiteral("severity"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("incident"), QStringLiteral("severity"), QStringLiteral("7"),
                 QStringLiteral("SEV1")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("incident"),
                 QStringLiteral("severity"), QStringLiteral("1"), QStringLiteral("SEV2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("すでに")), qPrintable(r.err)); // translated
        QVERIFY(run({QStringLiteral("incident"), QStringLiteral("status"), QStringLiteral("1"),
                     QStringLiteral("closed")})
                    .exitCode == 0);
        r = run({QStringLiteral("incident"), QStringLiteral("severity"), QStringLiteral("1"),
                 QStringLiteral("SEV1")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(incident().value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
    }

    void backupWritesAConsistentCopy()
    {
        declare(QStringLiteral("SEV2"));
        const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
        auto r = run({QStringLiteral("backup"), copy});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("copy.sqlite")));
        const auto listed = TestSupport::icctl({QStringLiteral("--db"), copy, QStringLiteral("--json"),
                                                QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
        r = run({QStringLiteral("--json"), QStringLiteral("backup"), copy}); // a backup may be replaced
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("file")).toString(),
                 copy);
    }

    void backupRefusesTheLiveDatabaseAndBadPaths()
    {
        declare(QStringLiteral("SEV2"));
        auto r = run({QStringLiteral("backup"), dbPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("overwrite")), qPrintable(r.err));
        // The same file by another way.
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
        r = run({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("sub/../ic.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        const QString link = m_dir->filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(dbPath(), link));
        r = run({QStringLiteral("backup"), link});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("backup"), dbPath() + QStringLiteral("-wal")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(incident().value(QStringLiteral("title")).toString(), QStringLiteral("API 5xx")); // intact

        r = run({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("no/such/folder/copy.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        r = run({QStringLiteral("backup"), m_dir->filePath(QStringLiteral("sub"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
        r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("backup"), dbPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("バックアップ")), qPrintable(r.err));
        r = run({QStringLiteral("backup")});
        QCOMPARE(r.exitCode, 2);
    }

    void declareNowDeclaresAnInvestigation()
    {
        declare(QStringLiteral("SEV2"),
                {QStringLiteral("--investigate-only"), QStringLiteral("--second-team")});
        QCOMPARE(incident().value(QStringLiteral("declared")).toBool(), false);
        const auto r =
            run({QStringLiteral("--json"), QStringLiteral("incident"), QStringLiteral("declare-now"),
                 QStringLiteral("1"), QStringLiteral("--customers-affected")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("declared")).toBool(), true);
        QVERIFY(!o.value(QStringLiteral("declared_at")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("customers_affected")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("second_team_needed")).toBool(), true); // recorded earlier, kept
        QCOMPARE(o.value(QStringLiteral("unresolved_after_hour")).toBool(), false);
        QVERIFY(timeline()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("API 5xx")));
        const auto again = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("incident"),
                                QStringLiteral("declare-now"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("宣言")), qPrintable(again.err));
        QCOMPARE(
            run({QStringLiteral("incident"), QStringLiteral("declare-now"), QStringLiteral("9")}).exitCode,
            1);
    }

    void channelEditChangesOnlyWhatIsGiven()
    {
        const QString secret = QStringLiteral("whsec_c2VjcmV0LXNpZ25pbmcta2V5LTEyMzQ1Njc4");
        auto r =
            run({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                 QStringLiteral("--kind"), QStringLiteral("generic"), QStringLiteral("--url"),
                 QStringLiteral("http://127.0.0.1:9/hook/TOKEN123"), QStringLiteral("--secret"), secret});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--json"), QStringLiteral("channel"), QStringLiteral("edit"),
                 QStringLiteral("ops"), QStringLiteral("--disable"), QStringLiteral("--audience"),
                 QStringLiteral("executives"), QStringLiteral("--drill"), QStringLiteral("--rename"),
                 QStringLiteral("exec-ops")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("TOKEN123")));
        QJsonObject c = channel(QStringLiteral("exec-ops"));
        QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(c.value(QStringLiteral("audience")).toString(), QStringLiteral("executives"));
        QCOMPARE(c.value(QStringLiteral("use_in_drills")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("has_secret")).toBool(), true); // kept
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("generic"));
        QVERIFY(channel(QStringLiteral("ops")).isEmpty());

        const QString other = QStringLiteral("whsec_YW5vdGhlci1zaWduaW5nLWtleS0xMjM0NTY3OA==");
        r = run({QStringLiteral("--json"), QStringLiteral("channel"), QStringLiteral("edit"),
                 QStringLiteral("exec-ops"), QStringLiteral("--secret"), other, QStringLiteral("--enable"),
                 QStringLiteral("--no-drill"), QStringLiteral("--url"),
                 QStringLiteral("http://127.0.0.1:10/other")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(other) && !r.err.contains(other)); // never printed
        c = channel(QStringLiteral("exec-ops"));
        QCOMPARE(c.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("use_in_drills")).toBool(), false);
        QVERIFY(c.value(QStringLiteral("url")).toString().contains(QStringLiteral(":10")));
        r = run({QStringLiteral("channel"), QStringLiteral("edit"), QStringLiteral("exec-ops"),
                 QStringLiteral("--no-secret")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(channel(QStringLiteral("exec-ops")).value(QStringLiteral("has_secret")).toBool(), false);

        r = run({QStringLiteral("channel"), QStringLiteral("edit"), QStringLiteral("exec-ops"),
                 QStringLiteral("--secret"), QStringLiteral("whsec_!!!")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.contains(QStringLiteral("whsec_!!!")));
        r = run({QStringLiteral("channel"), QStringLiteral("edit"), QStringLiteral("exec-ops"),
                 QStringLiteral("--secret"), other, QStringLiteral("--no-secret")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("channel"), QStringLiteral("edit"), QStringLiteral("exec-ops"),
                 QStringLiteral("--enable"), QStringLiteral("--disable")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("channel"),
                 QStringLiteral("edit"), QStringLiteral("exec-ops"), QStringLiteral("--url"),
                 QStringLiteral("http://example.com/x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("HTTPS")) && r.err.contains(QStringLiteral("使")),
                 qPrintable(r.err));
        r = run({QStringLiteral("channel"), QStringLiteral("edit"), QStringLiteral("nope"),
                 QStringLiteral("--enable")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(channel(QStringLiteral("exec-ops")).value(QStringLiteral("has_secret")).toBool(), false);
    }

    void templateResetAndRemove()
    {
        const QString file = m_dir->filePath(QStringLiteral("sev4.json"));
        QCOMPARE(run({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("sev4"),
                      QStringLiteral("--out"), file})
                     .exitCode,
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray shipped = f.readAll();
        f.close();
        QByteArray ours = shipped;
        ours.replace("SEV4 — low-impact incident playbook", "SEV4 — our playbook");
        QCOMPARE(run({QStringLiteral("template"), QStringLiteral("import"),
                      writeFile(QStringLiteral("ours.json"), ours)})
                     .exitCode,
                 0);
        QCOMPARE(templateSummary(QStringLiteral("sev4")).value(QStringLiteral("built_in")).toBool(), false);

        auto r = run({QStringLiteral("--json"), QStringLiteral("template"), QStringLiteral("reset"),
                      QStringLiteral("sev4")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("result")).toString(),
                 QStringLiteral("reset"));
        QCOMPARE(templateSummary(QStringLiteral("sev4")).value(QStringLiteral("built_in")).toBool(), true);
        r = run({QStringLiteral("template"), QStringLiteral("reset"), QStringLiteral("sev4")});
        QCOMPARE(r.exitCode, 1); // already the default
        r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("template"),
                 QStringLiteral("remove"), QStringLiteral("sev4")});
        QCOMPARE(r.exitCode, 1); // a shipped template stays
        QVERIFY2(r.err.contains(QStringLiteral("template reset sev4")) &&
                     r.err.contains(QStringLiteral("削除")),
                 qPrintable(r.err));
        QByteArray own = shipped; // a team's own playbook for SEV4, which then stands in for the shipped one
        own.replace("\"key\": \"sev4\"", "\"key\": \"team-low\"");
        QCOMPARE(run({QStringLiteral("template"), QStringLiteral("import"),
                      writeFile(QStringLiteral("own.json"), own)})
                     .exitCode,
                 0);
        r = run({QStringLiteral("template"), QStringLiteral("reset"), QStringLiteral("team-low")});
        QCOMPARE(r.exitCode, 1); // would delete: the script must say remove
        QVERIFY(r.err.contains(QStringLiteral("template remove team-low")));
        QVERIFY(!templateSummary(QStringLiteral("team-low")).isEmpty());
        r = run({QStringLiteral("template"), QStringLiteral("remove"), QStringLiteral("team-low")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(templateSummary(QStringLiteral("team-low")).isEmpty());
        r = run({QStringLiteral("template"), QStringLiteral("remove"), QStringLiteral("team-low")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("template"), QStringLiteral("reset"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
    }

    void logImportAddsATranscript()
    {
        declare(QStringLiteral("SEV2"));
        const QString file =
            writeFile(QStringLiteral("chat.txt"), QStringLiteral("09:31 alice: db-2 を再起動します\n"
                                                                 "09:33 bob: レプリカ遅延が解消\n"
                                                                 "  続き: エラー率も低下\n"
                                                                 "09:40 alice: monitoring\n")
                                                      .toUtf8());
        const qsizetype before = timeline().size();
        auto r = run({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("import"),
                      QStringLiteral("1"), file, QStringLiteral("--format"), QStringLiteral("auto"),
                      QStringLiteral("--date"), QStringLiteral("2026-11-29"), QStringLiteral("--kind"),
                      QStringLiteral("action")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt(), 3);
        const QJsonArray entries = timeline();
        QCOMPARE(entries.size(), before + 3);
        QStringList authors;
        for (const QJsonValue& v : entries)
            authors << v.toObject().value(QStringLiteral("author")).toString();
        QCOMPARE(authors.count(QStringLiteral("alice")), 2);
        QCOMPARE(authors.count(QStringLiteral("bob")), 1);
        bool continued = false;
        for (const QJsonValue& v : entries) {
            const QString text = v.toObject().value(QStringLiteral("text")).toString();
            continued = continued || (text.contains(QStringLiteral("レプリカ")) &&
                                      text.contains(QStringLiteral("エラー率")));
        }
        QVERIFY(continued);
        r = run({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("1"), QStringLiteral("-")},
                QStringLiteral("10:02 carol: 標準入力から\n"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(timeline().size(), before + 4);
    }

    void logImportWithABadLineWritesNothing()
    {
        declare(QStringLiteral("SEV2"));
        const QByteArray longLine = "09:35 bob: " + QByteArray(100001, 'x') + '\n';
        const QString file =
            writeFile(QStringLiteral("bad.txt"),
                      "09:31 alice: first\n09:33 carol: second\n" + longLine + "09:40 alice: last\n");
        const qsizetype before = timeline().size();
        auto r = run({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("1"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3")), qPrintable(r.err.left(300)));
        QCOMPARE(timeline().size(), before); // not the two good lines before the bad one either
        r = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("log"),
                 QStringLiteral("import"), QStringLiteral("1"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("3 行目")), qPrintable(r.err.left(300)));
        r = run({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("1"), file,
                 QStringLiteral("--format"), QStringLiteral("slack-xml")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("1"),
                 m_dir->filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("log"), QStringLiteral("import"), QStringLiteral("1"),
                 writeFile(QStringLiteral("empty.txt"), "\n\n")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(timeline().size(), before);
    }
};

QTEST_GUILESS_MAIN(TestIcctlWindowActions)
#include "tst_icctlwindowactions.moc"
