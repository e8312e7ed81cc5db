#include "notify/messageformatter.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
NotificationContent sample()
{
    NotificationContent c;
    c.title = QStringLiteral("INC-2026-0001 SEV1 tactical update: Investigating");
    c.text = QStringLiteral("*Conditions* — checkout fails for 30% of users <script> & more.\n"
                            "@everyone @here please stand by.\n決済が失敗しています。");
    c.audience = Audience::Responders;
    c.language = QStringLiteral("en");
    c.incidentCode = QStringLiteral("INC-2026-0001");
    c.incidentTitle = QStringLiteral("Checkout failures");
    c.severity = Severity::Sev1;
    c.status = IncidentStatus::Investigating;
    c.time = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    return c;
}

QJsonObject render(ChannelKind kind, const NotificationContent& c = sample())
{
    return QJsonDocument::fromJson(MessageFormatter::forKind(kind)->render(c, QStringLiteral("msg_golden")))
        .object();
}
} // namespace

class TestMessageFormatters final : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<int>("kind");
        for (ChannelKind k : ChannelKinds::all())
            QTest::newRow(qPrintable(ChannelKinds::key(k))) << int(k);
    }
    void golden()
    {
        QFETCH(int, kind);
        const auto k = ChannelKind(kind);
        const QString path =
            TestSupport::sourcePath(QStringLiteral("tests/notify/golden/%1.json").arg(ChannelKinds::key(k)));
        const QJsonObject actual = render(k);
        if (qEnvironmentVariableIsSet("IC_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        if (actual != expected)
            qWarning("%s", QJsonDocument(actual).toJson().constData());
        QCOMPARE(actual, expected);
    }

    void contentTypes()
    {
        QCOMPARE(MessageFormatter::forKind(ChannelKind::Generic)->contentType(),
                 QStringLiteral("application/cloudevents+json; charset=utf-8"));
        QCOMPARE(MessageFormatter::forKind(ChannelKind::Slack)->contentType(),
                 QStringLiteral("application/json"));
    }

    void slackEscapesControlSequences()
    {
        NotificationContent c = sample();
        c.text = QStringLiteral("<!channel> <https://evil|click>");
        const QByteArray body = MessageFormatter::forKind(ChannelKind::Slack)->render(c, QStringLiteral("x"));
        QVERIFY(!body.contains("<!channel>"));
        QVERIFY(body.contains("&lt;!channel&gt;"));
    }

    void noMassMentions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("discord") << int(ChannelKind::Discord);
        QTest::newRow("mattermost") << int(ChannelKind::Mattermost);
    }
    void noMassMentions()
    {
        QFETCH(int, kind);
        const QByteArray body =
            MessageFormatter::forKind(ChannelKind(kind))->render(sample(), QStringLiteral("x"));
        const QString text = QString::fromUtf8(body);
        QVERIFY(!text.contains(QStringLiteral("@everyone")));
        QVERIFY(!text.contains(QStringLiteral("@here")));
        QVERIFY(text.contains(QStringLiteral("@\u200beveryone")));
    }

    // Mattermost honours Slack's bracketed mentions too; no field of any chat payload may carry a live one.
    void noBracketedMassMentions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("slack") << int(ChannelKind::Slack);
        QTest::newRow("discord") << int(ChannelKind::Discord);
        QTest::newRow("mattermost") << int(ChannelKind::Mattermost);
    }
    void noBracketedMassMentions()
    {
        QFETCH(int, kind);
        NotificationContent c = sample();
        c.incidentTitle = QStringLiteral("DB slow <!here> <!all> @channel");
        c.title = QStringLiteral("INC-2026-0001 update: ") + c.incidentTitle;
        c.text =
            c.incidentTitle + QStringLiteral("\n<!channel> <!everyone> <!subteam^S0123|oncall> <@U024BE7LH>");
        const QString text =
            QString::fromUtf8(MessageFormatter::forKind(ChannelKind(kind))->render(c, QStringLiteral("x")));
        QVERIFY2(!text.contains(QStringLiteral("<!")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("<@")), qPrintable(text));
        if (ChannelKind(kind) != ChannelKind::Slack) // Slack only mentions through the bracketed form
            QVERIFY2(!text.contains(QStringLiteral("@channel")), qPrintable(text));
    }

    void markdownDestinationsGetDoubleAsteriskBold()
    {
        for (ChannelKind k : {ChannelKind::Mattermost, ChannelKind::Teams, ChannelKind::Discord}) {
            const QString body = QString::fromUtf8(MessageFormatter::forKind(k)->render(sample(), QStringLiteral("x")));
            QVERIFY2(body.contains(QStringLiteral("**Conditions**")), qPrintable(ChannelKinds::key(k)));
        }
        const QString slack =
            QString::fromUtf8(MessageFormatter::forKind(ChannelKind::Slack)->render(sample(), QStringLiteral("x")));
        QVERIFY(slack.contains(QStringLiteral("*Conditions*")) && !slack.contains(QStringLiteral("**Conditions**")));
    }

    void discordParsesNoMentions()
    {
        const QJsonObject o = render(ChannelKind::Discord);
        QCOMPARE(o.value(QStringLiteral("allowed_mentions"))
                     .toObject()
                     .value(QStringLiteral("parse"))
                     .toArray()
                     .size(),
                 0);
    }

    void longTextIsClippedToLimits()
    {
        NotificationContent c = sample();
        c.text = QString(9000, QLatin1Char('x'));
        c.title = QString(400, QLatin1Char('t'));
        const QJsonObject discord = render(ChannelKind::Discord, c);
        const QJsonObject embed = discord.value(QStringLiteral("embeds")).toArray().at(0).toObject();
        QCOMPARE(embed.value(QStringLiteral("description")).toString().size(), 4096);
        QCOMPARE(embed.value(QStringLiteral("title")).toString().size(), 256);
        const QJsonArray blocks = render(ChannelKind::Slack, c).value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .size(),
                 150);
        QCOMPARE(blocks.size(), 1 + 3 + 2); // header, three sections of 3000, fields, context
    }

    void cloudEventCarriesIdAndDrill()
    {
        NotificationContent c = sample();
        c.drill = true;
        const QJsonObject o = render(ChannelKind::Generic, c);
        QCOMPARE(o.value(QStringLiteral("specversion")).toString(), QStringLiteral("1.0"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("msg_golden"));
        QVERIFY(o.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("incident"))
                    .toObject()
                    .value(QStringLiteral("drill"))
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestMessageFormatters)
#include "tst_messageformatters.moc"
