#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// icctl export / followup / metrics end to end, against the built binary.
class TestReportCli final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportFormats();
    void exportErrors();
    void followUps();
    void metrics();
    void wording();
    void wordingHistory();
    void restoreAnEarlierVersion();
    void impactPeriodIsValidated();

private:
    TestSupport::Run ic(QStringList args);
    int setCause(const QString& text); // icctl report wording 1 --section customer.cause --text TEXT
    QString readAll(const QString& path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(ic({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                QStringLiteral("決済 <b>障害</b> | `x`"), QStringLiteral("--severity"), QStringLiteral("SEV1")})
                .exitCode == 0);
    QVERIFY(ic({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--kind"),
                QStringLiteral("communication"), QStringLiteral("--public"), QStringLiteral("調査中です")})
                .exitCode == 0);
}

TestSupport::Run TestReportCli::ic(QStringList args)
{
    args << QStringLiteral("--db") << m_dir->filePath(QStringLiteral("t.sqlite"));
    return TestSupport::icctl(args);
}

int TestReportCli::setCause(const QString& text)
{
    return ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"),
               QStringLiteral("--section"), QStringLiteral("customer.cause"), QStringLiteral("--text"), text})
        .exitCode;
}

QString TestReportCli::readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestReportCli::exportFormats()
{
    const QString md = m_dir->filePath(QStringLiteral("c.md"));
    auto r = ic({QStringLiteral("export"), QStringLiteral("INC-2026-0001"), QStringLiteral("--kind"),
                 QStringLiteral("customer-report"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--lang"),
                 QStringLiteral("ja"), QStringLiteral("--tz"), QStringLiteral("Asia/Tokyo"), QStringLiteral("--out"), md});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = readAll(md);
    QVERIFY(text.startsWith(QStringLiteral("# 障害報告書: 決済 \\<b\\>障害\\</b\\> \\| \\`x\\`")));
    QVERIFY(text.contains(QStringLiteral("調査中です")));
    QVERIFY(text.contains(QStringLiteral("JST")));

    const QString html = m_dir->filePath(QStringLiteral("p.html"));
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("postmortem"),
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), html, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("format")).toString(), QStringLiteral("html"));
    QVERIFY(readAll(html).contains(QStringLiteral("<h1>Postmortem: 決済 &lt;b&gt;障害&lt;/b&gt; | `x`</h1>")));

    const QString pdf = m_dir->filePath(QStringLiteral("e.pdf"));
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("executive"),
            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("ja"),
            QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("経営層向けサマリー")));
}

void TestReportCli::exportErrors()
{
    const QString out = m_dir->filePath(QStringLiteral("x.md"));
    auto r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("novel"),
                 QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("customer-report")));
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx"),
            QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("postmortem")});
    QCOMPARE(r.exitCode, 2);
    r = ic({QStringLiteral("export"), QStringLiteral("77"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--tz"), QStringLiteral("Mars/Olympus"),
            QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

void TestReportCli::followUps()
{
    auto r = ic({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--title"),
                 QStringLiteral("Alert on pool, \"size\""), QStringLiteral("--owner"), QStringLiteral("dave"),
                 QStringLiteral("--due"), QStringLiteral("2026-01-02"), QStringLiteral("--type"), QStringLiteral("detective"),
                 QStringLiteral("--priority"), QStringLiteral("high"), QStringLiteral("--link"),
                 QStringLiteral("https://tracker.example.com/issues/1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("1"));
    r = ic({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
            QStringLiteral("--type"), QStringLiteral("magic")});
    QCOMPARE(r.exitCode, 2);
    r = ic({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--title"), QStringLiteral("x"),
            QStringLiteral("--link"), QStringLiteral("javascript:alert(1)")});
    QCOMPARE(r.exitCode, 1);

    r = ic({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("assignee")).toString(), QStringLiteral("dave"));
    QCOMPARE(items.first().toObject().value(QStringLiteral("overdue")).toBool(), true);
    r = ic({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--csv")});
    QVERIFY(r.out.contains(QStringLiteral("\"Alert on pool, \"\"size\"\"\"")));

    r = ic({QStringLiteral("followup"), QStringLiteral("done"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ic({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--open")});
    QCOMPARE(r.out.trimmed(), QString());
    r = ic({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("1")});
    QVERIFY(r.out.contains(QStringLiteral("\tdone\t")));
    r = ic({QStringLiteral("followup"), QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("wont_do")});
    QCOMPARE(r.exitCode, 0);
}

void TestReportCli::metrics()
{
    QVERIFY(ic({QStringLiteral("incident"), QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("resolved")}).exitCode == 0);
    auto r = ic({QStringLiteral("metrics"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("incidents")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("by_severity")).toObject().value(QStringLiteral("SEV1")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("time_to_resolve")).toObject().value(QStringLiteral("count")).toInt(), 1);
    r = ic({QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("2099-01-01")});
    QVERIFY(r.out.startsWith(QStringLiteral("Incidents: 0")));
    r = ic({QStringLiteral("metrics"), QStringLiteral("--csv"), QStringLiteral("--to"), QStringLiteral("2099-01-01")});
    QVERIFY(r.out.startsWith(QStringLiteral("metric,dimension,value")));
    r = ic({QStringLiteral("metrics"), QStringLiteral("--per-incident")});
    QVERIFY(r.out.startsWith(QStringLiteral("incident,severity,drill,")));
    QVERIFY(r.out.contains(QStringLiteral("\nINC-2026-0001,SEV1,,")));
    r = ic({QStringLiteral("metrics"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(r.exitCode, 2);
}

void TestReportCli::wording()
{
    auto r = ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--section"),
                 QStringLiteral("customer.cause"), QStringLiteral("--text"), QStringLiteral("設定変更により接続数が不足しました。")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("customer.cause")).toObject().value(QStringLiteral("edited")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("customer.overview")).toObject().value(QStringLiteral("edited")).toBool(), false);
    r = ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--section"),
            QStringLiteral("nonsense"), QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2);
    const QString md = m_dir->filePath(QStringLiteral("c.md"));
    r = ic({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("customer-report"),
            QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--out"), md});
    QVERIFY(readAll(md).contains(QStringLiteral("設定変更により接続数が不足しました。")));
}

// Every change to the wording is kept, with who and when; saving the same text again adds nothing.
void TestReportCli::wordingHistory()
{
    QCOMPARE(setCause(QStringLiteral("設定変更により接続数が不足しました。")), 0);
    QCOMPARE(setCause(QStringLiteral("設定変更により接続数が不足しました。")), 0);
    QCOMPARE(setCause(QStringLiteral("設定変更で接続プールが半分になりました。")), 0);
    QCOMPARE(setCause(QString()), 0);
    QCOMPARE(ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"),
                 QStringLiteral("--section"), QStringLiteral("customer.overview"), QStringLiteral("--text"),
                 QStringLiteral("概要")})
                 .exitCode,
             0);

    auto r = ic({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("history"),
                 QStringLiteral("1"), QStringLiteral("--section"), QStringLiteral("customer.cause")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray versions = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("設定変更により接続数が不足しました。"));
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("設定変更で接続プールが半分になりました。"));
    QCOMPARE(versions.at(2).toObject().value(QStringLiteral("text")).toString(),
             QString()); // back to derived
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("saved_by")).toString(),
             QStringLiteral("tester"));

    // Every section without --section; plain lines name the section and say when the wording went back.
    r = ic({QStringLiteral("report"), QStringLiteral("history"), QStringLiteral("1")});
    QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')).size(), 4);
    QVERIFY2(r.out.contains(QStringLiteral("customer.overview")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("(back to the derived wording)")));
    r = ic({QStringLiteral("report"), QStringLiteral("history"), QStringLiteral("1"),
            QStringLiteral("--section"), QStringLiteral("nonsense")});
    QCOMPARE(r.exitCode, 2);
}

// `report restore` brings a version listed by `report history` back, as a new version; another incident's
// version, an unknown one and a non-number are refused with a message, and change nothing.
void TestReportCli::restoreAnEarlierVersion()
{
    QCOMPARE(setCause(QStringLiteral("設定変更により接続数が不足しました。")), 0);
    QCOMPARE(setCause(QStringLiteral("誤った説明")), 0);
    auto history = [this] {
        return QJsonDocument::fromJson(ic({QStringLiteral("--json"), QStringLiteral("report"),
                                           QStringLiteral("history"), QStringLiteral("1")})
                                           .out.toUtf8())
            .array();
    };
    const qint64 first = history().at(0).toObject().value(QStringLiteral("id")).toInteger();
    QVERIFY(first > 0);
    // The plain listing starts with the number to restore.
    QVERIFY(ic({QStringLiteral("report"), QStringLiteral("history"), QStringLiteral("1")})
                .out.startsWith(QString::number(first) + QLatin1Char('\t')));

    auto r = ic({QStringLiteral("report"), QStringLiteral("restore"), QStringLiteral("INC-2026-0001"),
                 QString::number(first)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Restored the wording of customer.cause")), qPrintable(r.out));
    r = ic(
        {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("customer.cause"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("設定変更により接続数が不足しました。"));
    const QJsonArray versions = history();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(2).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("設定変更により接続数が不足しました。"));

    // Refusals: another incident's version, an unknown one, not a number. Nothing is added.
    QCOMPARE(ic({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                 QStringLiteral("Other"), QStringLiteral("--severity"), QStringLiteral("SEV3")})
                 .exitCode,
             0);
    r = ic(
        {QStringLiteral("report"), QStringLiteral("restore"), QStringLiteral("2"), QString::number(first)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("has no version %1").arg(first)), qPrintable(r.err));
    r = ic({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("report"),
            QStringLiteral("restore"), QStringLiteral("1"), QStringLiteral("999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("999")) && !r.err.contains(QStringLiteral("has no version")),
             qPrintable(r.err)); // translated
    r = ic(
        {QStringLiteral("report"), QStringLiteral("restore"), QStringLiteral("1"), QStringLiteral("latest")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("\"latest\" is not a version number")), qPrintable(r.err));
    QCOMPARE(history().size(), 3);
}

// The customer report's period of impact: ISO 8601 times, the end not before the start; a refused value
// leaves what was saved.
void TestReportCli::impactPeriodIsValidated()
{
    auto set = [this](const char* key, const QString& text) {
        return ic({QStringLiteral("report"), QStringLiteral("wording"), QStringLiteral("1"),
                   QStringLiteral("--section"), QString::fromLatin1(key), QStringLiteral("--text"), text});
    };
    QCOMPARE(set("customer.impact_start", QStringLiteral("2026-11-29T08:10:00Z")).exitCode, 0);
    TestSupport::Run r = set("customer.impact_end", QStringLiteral("yesterday afternoon"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("\"yesterday afternoon\" is not a date and time")),
             qPrintable(r.err));
    r = set("customer.impact_end", QStringLiteral("2026-11-29T08:00:00Z"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(
                 QStringLiteral("cannot end (2026-11-29T08:00:00Z) before it began (2026-11-29T08:10:00Z)")),
             qPrintable(r.err));
    QCOMPARE(set("customer.impact_end", QStringLiteral("2026-11-29T09:20:00Z")).exitCode, 0);
    r = ic(
        {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("history"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2); // the refused values left no trace
    // In Japanese too.
    r = ic({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("report"),
            QStringLiteral("wording"), QStringLiteral("1"), QStringLiteral("--section"),
            QStringLiteral("customer.impact_start"), QStringLiteral("--text"), QStringLiteral("きのう")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("日時")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
