#include "services/channelservice.h"
#include "storage/channelstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

namespace {
ChannelDraft draft(const QString& name, const QString& url)
{
    ChannelDraft d;
    d.name = name;
    d.url = url;
    d.kind = ChannelKind::Slack;
    return d;
}
} // namespace

class TestChannelService final : public QObject
{
    Q_OBJECT
private slots:
    void httpsRequiredExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://hooks.slack.com/services/T/B/X") << true;
        QTest::newRow("http remote") << QStringLiteral("http://hooks.example.com/x") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/hook") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/hook") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost/hook") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false;
    }
    void httpsRequiredExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        TestSupport::TempCore t;
        QCOMPARE(t.core().channels().add(draft(QStringLiteral("ops"), url)).ok(), accepted);
    }

    void secretIsWriteOnly()
    {
        TestSupport::TempCore t;
        ChannelDraft d = draft(QStringLiteral("events"), QStringLiteral("https://example.com/hook"));
        d.kind = ChannelKind::Generic;
        d.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const auto added = t.core().channels().add(d);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(added->hasSecret);
        QVERIFY(added->secret.isEmpty());
        const auto listed = t.core().channels().list();
        QVERIFY(listed.ok());
        QVERIFY(listed->first().secret.isEmpty());
        QVERIFY(listed->first().hasSecret);

        // Editing without a new secret keeps the stored one.
        ChannelDraft edit = d;
        edit.secret.clear();
        edit.name = QStringLiteral("events-2");
        QVERIFY(t.core().channels().update(added->id, edit).ok());
        const auto withSecret =
            ChannelStore(t.core().database()).get(added->id, ChannelStore::Secret::Include);
        QCOMPARE(withSecret->secret, d.secret);

        ChannelDraft bad = d;
        bad.secret = QStringLiteral("whsec_!!");
        QVERIFY(!t.core().channels().update(added->id, bad).ok());
    }

    void namesAreUniqueAndRemovalIsSoft()
    {
        TestSupport::TempCore t;
        QSignalSpy changed(&t.core().channels(), &ChannelService::channelsChanged);
        const auto a =
            t.core().channels().add(draft(QStringLiteral("ops"), QStringLiteral("https://a.example/x")));
        QVERIFY(a.ok());
        const auto dup =
            t.core().channels().add(draft(QStringLiteral("ops"), QStringLiteral("https://b.example/x")));
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().contains(QStringLiteral("ops")));
        QVERIFY(!t.core()
                     .channels()
                     .add(draft(QStringLiteral("  "), QStringLiteral("https://b.example/x")))
                     .ok());
        QVERIFY(t.core().channels().remove(a->id).ok());
        QVERIFY(t.core().channels().list()->isEmpty());
        QVERIFY(t.core()
                    .channels()
                    .add(draft(QStringLiteral("ops"), QStringLiteral("https://b.example/x")))
                    .ok());
        QCOMPARE(changed.count(), 3);
        QVERIFY(t.core().channels().find(QStringLiteral("ops")).ok());
        QVERIFY(!t.core().channels().find(QStringLiteral("nope")).ok());
    }

    void maskedUrlHidesTokens()
    {
        QCOMPARE(Channels::maskedUrl(QUrl(QStringLiteral("https://hooks.slack.com/services/T0/B0/SECRET"))),
                 QStringLiteral("https://hooks.slack.com/…"));
        QCOMPARE(Channels::maskedUrl(QUrl(QStringLiteral("http://127.0.0.1:9000/"))),
                 QStringLiteral("http://127.0.0.1:9000"));
    }
};

QTEST_GUILESS_MAIN(TestChannelService)
#include "tst_channelservice.moc"
