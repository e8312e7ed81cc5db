#include "cadencestrip.h"
#include "channeldialog.h"
#include "channelpicker.h"
#include "composerwidget.h"
#include "guitestsupport.h"
#include "localizer.h"
#include "mainwindow.h"
#include "notificationspanel.h"
#include "notify/dispatcher.h"
#include "outboxmodel.h"
#include "outboxview.h"
#include "services/channelservice.h"
#include "services/incidentservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"
#include "templatedialog.h"
#include "testsupport.h"
#include "incidentworkspace.h"
#include "webhookreceiver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QStyleOptionComboBox>
#include <QTest>
#include <QTextBrowser>

namespace {
template <typename T> T* child(QWidget* w, const char* name)
{
    return w->findChild<T*>(QString::fromLatin1(name));
}

void pick(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

struct Fixture
{
    TestSupport::TempCore t;
    WebhookReceiver receiver;
    Incident incident = t.declare(QStringLiteral("Checkout failures"), Severity::Sev1);
    qint64 slack = 0;
    qint64 events = 0;

    Fixture()
    {
        receiver.listen();
        ChannelDraft d;
        d.name = QStringLiteral("status-page");
        d.kind = ChannelKind::Slack;
        d.audience = Audience::Customers;
        d.url = receiver.url(QStringLiteral("/slack")).toString();
        slack = t.core().channels().add(d)->id;
        d.name = QStringLiteral("events");
        d.kind = ChannelKind::Generic;
        d.audience = Audience::Executives;
        d.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        d.url = receiver.url(QStringLiteral("/events")).toString();
        events = t.core().channels().add(d)->id;
    }
};
} // namespace

class TestNotificationsPanel final : public QObject
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows)
            w->close();
    }

    // The notifications tab gets about 750 pixels in the default window: the template's name and the cadence
    // lines are read whole, in both languages.
    void composerReadsWholeInTheDefaultWindow()
    {
        Fixture f;
        Localizer localizer;
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            localizer.setLanguage(lang);
            NotificationsPanel panel(f.t.core());
            panel.resize(750, 650);
            panel.show();
            panel.setIncident(f.incident.id);
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            // Nothing demands more room: a top-level panel would grow to its layout's minimum, a tab would
            // clip it.
            QVERIFY2(panel.minimumSizeHint().width() <= 750,
                     qPrintable(QString::number(panel.minimumSizeHint().width())));
            QCOMPARE(panel.width(), 750);
            auto* templ = child<QComboBox>(panel.composer(), "composerTemplate");
            QVERIFY(!templ->currentText().isEmpty());
            QStyleOptionComboBox opt;
            opt.initFrom(templ);
            opt.editable = false;
            const QRect textRect =
                templ->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, templ);
            QTRY_VERIFY2(templ->fontMetrics().horizontalAdvance(templ->currentText()) <= textRect.width(),
                         qPrintable(lang + QLatin1Char(' ') + templ->currentText()));
            for (Audience a : Audiences::all()) {
                auto* line = panel.findChild<QLabel*>(QStringLiteral("cadence_%1").arg(Audiences::key(a)));
                QVERIFY(line);
                // Whole: one line that fits, or wrapped lines the label is tall enough for.
                auto whole = [line] {
                    if (line->wordWrap())
                        return line->height() >= line->heightForWidth(line->width());
                    return line->fontMetrics().horizontalAdvance(line->text()) <=
                           line->contentsRect().width() - 2 * line->margin();
                };
                QTRY_VERIFY2(whole(), qPrintable(line->text()));
            }
        }
    }

    void composeInJapanesePreviewAndSend()
    {
        Fixture f;
        NotificationsPanel panel(f.t.core());
        panel.resize(1200, 800);
        panel.show();
        panel.setIncident(f.incident.id);
        ComposerWidget* composer = panel.composer();

        pick(child<QComboBox>(composer, "composerAudience"), int(Audience::Customers));
        pick(child<QComboBox>(composer, "composerLanguage"), int(MessageLanguage::Japanese));
        pick(child<QComboBox>(composer, "composerTemplate"), QStringLiteral("customer_update"));
        auto* text = child<QPlainTextEdit>(composer, "composerText");
        QVERIFY(text->toPlainText().contains(QStringLiteral("障害が発生")));
        QCOMPARE(composer->channels()->checkedChannels(), QList<qint64>{f.slack});

        text->setFocus();
        text->moveCursor(QTextCursor::End);
        TestSupport::typeText(text, QStringLiteral("\n追記: 決済の一部を再開しました。"));
        QVERIFY(text->toPlainText().endsWith(QStringLiteral("追記: 決済の一部を再開しました。")));
        auto* preview = child<QTabWidget>(composer, "composerPreview");
        QTRY_COMPARE(preview->count(), 1);
        QTRY_VERIFY(child<QTextBrowser>(preview, "preview_status-page")
                        ->toPlainText()
                        .contains(QStringLiteral("決済の一部を再開しました")));

        // A second destination: the preview shows both, each its own way.
        composer->channels()->setChecked(f.events, true);
        QTRY_COMPARE(preview->count(), 2);
        QTRY_VERIFY(child<QTextBrowser>(preview, "preview_events")
                        ->toPlainText()
                        .contains(QStringLiteral("specversion")));

        QVERIFY(f.t.core().dispatcher().start().ok());
        QTest::mouseClick(child<QPushButton>(composer, "composerSend"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(composer, "composerStatus")->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 2, 10000);
        bool sawSlack = false;
        for (const auto& r : f.receiver.requests()) {
            if (r.path != "/slack")
                continue;
            sawSlack = true;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QVERIFY(QString::fromUtf8(r.body).contains(QStringLiteral("決済の一部を再開しました")));
            QVERIFY(body.contains(QStringLiteral("blocks")));
        }
        QVERIFY(sawSlack);

        panel.pages()->setCurrentWidget(panel.outbox());
        OutboxModel* model = panel.outbox()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(model->data(model->index(0, 0), OutboxModel::StateRole).toInt(),
                     int(OutboxState::Delivered));
        QTRY_COMPARE(model->data(model->index(1, 0), OutboxModel::StateRole).toInt(),
                     int(OutboxState::Delivered));
        QVERIFY(!panel.cadence()->text().contains(QStringLiteral("overdue")));
    }

    void unknownPlaceholderBlocksSending()
    {
        Fixture f;
        NotificationsPanel panel(f.t.core());
        panel.show();
        panel.setIncident(f.incident.id);
        auto* text = child<QPlainTextEdit>(panel.composer(), "composerText");
        text->setPlainText(QStringLiteral("Status: {{stauts}}"));
        auto* error = child<QLabel>(panel.composer(), "composerError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("{{stauts}}")));
        QVERIFY(!child<QPushButton>(panel.composer(), "composerSend")->isEnabled());
        QVERIFY(!panel.composer()->send());
        QCOMPARE(f.t.core().outbox().list()->size(), 0);
    }

    void outboxRetryAndCancel()
    {
        Fixture f;
        f.receiver.script({WebhookReceiver::Response{404}});
        NotificationsPanel panel(f.t.core());
        panel.show();
        panel.setIncident(f.incident.id);
        panel.composer()->choose(Audience::Customers, QString());
        QVERIFY(f.t.core().dispatcher().start().ok());
        QVERIFY(panel.composer()->send());
        OutboxView* view = panel.outbox();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE(view->model()->data(view->model()->index(0, 0), OutboxModel::StateRole).toInt(),
                     int(OutboxState::Failed));
        QVERIFY(view->model()
                    ->data(view->model()->index(0, OutboxModel::StateColumn))
                    .toString()
                    .contains(QStringLiteral("404")));
        view->table()->selectRow(0);
        QVERIFY(child<QPushButton>(view, "outboxRetry")->isEnabled());
        QTest::mouseClick(child<QPushButton>(view, "outboxRetry"), Qt::LeftButton);
        QTRY_COMPARE(f.receiver.deliveredIds().size(), 1);
        QTRY_COMPARE(view->model()->data(view->model()->index(0, 0), OutboxModel::StateRole).toInt(),
                     int(OutboxState::Delivered));
    }

    void channelDialogKeepsTheSecretWriteOnly()
    {
        Fixture f;
        ChannelDialog dialog(f.t.core(), f.events);
        dialog.show();
        auto* secret = child<QLineEdit>(&dialog, "channelSecret");
        QVERIFY(secret->text().isEmpty());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(&dialog, "channelName")->text(), QStringLiteral("events"));
        child<QCheckBox>(&dialog, "channelDrills")->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto saved = f.t.core().channels().get(f.events);
        QVERIFY(saved->useInDrills);
        QVERIFY(saved->hasSecret);

        ChannelDialog fresh(f.t.core(), 0);
        fresh.show();
        child<QLineEdit>(&fresh, "channelName")->setText(QStringLiteral("ops"));
        pick(child<QComboBox>(&fresh, "channelKind"), int(ChannelKind::Discord));
        child<QLineEdit>(&fresh, "channelUrl")->setText(QStringLiteral("http://ops.example.com/hook"));
        QTest::mouseClick(child<QPushButton>(&fresh, "channelSendTest"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&fresh, "channelResult")->text().contains(QStringLiteral("HTTPS")));
        child<QLineEdit>(&fresh, "channelUrl")->setText(f.receiver.url(QStringLiteral("/ops")).toString());
        QVERIFY(f.t.core().dispatcher().start().ok());
        QTest::mouseClick(child<QPushButton>(&fresh, "channelSendTest"), Qt::LeftButton);
        QTRY_COMPARE(f.receiver.deliveredIds().size(), 1);
        QCOMPARE(f.receiver.requests().first().path, QByteArray("/ops"));
    }

    void teamEditsATemplate()
    {
        Fixture f;
        TemplateDialog dialog(f.t.core());
        dialog.show();
        dialog.select(QStringLiteral("customer_update"), QStringLiteral("ja"));
        auto* body = child<QPlainTextEdit>(&dialog, "templateBody");
        QVERIFY(body->toPlainText().contains(QStringLiteral("{{impact}}")));
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        TestSupport::typeText(body, QStringLiteral("\n担当: {{ic.name}}"));
        QTest::mouseClick(child<QPushButton>(&dialog, "templateSave"), Qt::LeftButton);
        const auto saved =
            f.t.core().notifications().findTemplate(QStringLiteral("customer_update"), QStringLiteral("ja"));
        QVERIFY(!saved->bundled);
        QVERIFY(saved->body.endsWith(QStringLiteral("担当: {{ic.name}}")));
        TestSupport::typeText(body, QStringLiteral(" {{ic.phone}}"));
        QTest::mouseClick(child<QPushButton>(&dialog, "templateSave"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "templateMessage")->text().contains(QStringLiteral("{{ic.phone}}")));
        QVERIFY(child<QPushButton>(&dialog, "templateRemove")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "templateRemove"), Qt::LeftButton);
        QVERIFY(f.t.core()
                    .notifications()
                    .findTemplate(QStringLiteral("customer_update"), QStringLiteral("ja"))
                    ->bundled);
    }

    void switchesLanguageAtRunTime()
    {
        Fixture f;
        Localizer localizer;
        localizer.setLanguage(QStringLiteral("en"));
        NotificationsPanel panel(f.t.core());
        panel.show();
        panel.setIncident(f.incident.id);
        auto* send = child<QPushButton>(panel.composer(), "composerSend");
        QCOMPARE(send->text(), QStringLiteral("Send update"));
        localizer.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(send->text(), QStringLiteral("報告を送信"));
        QCOMPARE(panel.title(), QStringLiteral("通知"));
        QCOMPARE(panel.pages()->tabText(1), QStringLiteral("送信キュー"));
        localizer.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(send->text(), QStringLiteral("Send update"));
    }

    void mainWindowShowsTheUndeliveredCount()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ic-tests"));
        QSettings().clear();
        Fixture f;
        Localizer localizer;
        localizer.setLanguage(QStringLiteral("en"));
        MainWindow window(f.t.core(), localizer);
        window.show();
        QLabel* label = window.outboxLabel();
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Outbox: 0 undelivered"));
        SendRequest r;
        r.incidentId = f.incident.id;
        r.text = QStringLiteral("hello");
        r.channelIds = {f.slack, f.events};
        QVERIFY(f.t.core().notifications().send(r).ok());
        QTRY_COMPARE(label->text(), QStringLiteral("Outbox: 2 undelivered"));
        localizer.setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(label->text(), QStringLiteral("送信キュー: 未配信 2 件"));
        QVERIFY(f.t.core().dispatcher().start().ok());
        QTRY_COMPARE(label->text(), QStringLiteral("送信キュー: 未配信 0 件"));
        // The workspace has the notifications tab (built when first shown).
        QTabWidget* tabs = window.workspace()->tabs();
        bool found = false;
        for (int t = 0; t < tabs->count(); ++t)
            found |= tabs->tabText(t) == QStringLiteral("通知");
        QVERIFY(found);
        localizer.setLanguage(QStringLiteral("en"));
    }

    // Writes docs/screenshots/notify-*.png when IC_SCREENSHOT_DIR is set (not part of the normal run).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("IC_SCREENSHOT_DIR not set");
        QDir().mkpath(dir);
        Fixture f;
        QVERIFY(f.t.core()
                    .incidents()
                    .updateText(f.incident.id, f.incident.title, QStringLiteral("Payment API errors"),
                                QStringLiteral("About 30% of card payments fail at checkout."),
                                QStringLiteral("tester"))
                    .ok());
        f.receiver.script({WebhookReceiver::Response{503, "120"}});
        Localizer localizer;
        for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
            localizer.setLanguage(lang);
            NotificationsPanel panel(f.t.core());
            panel.resize(1280, 760);
            panel.show();
            panel.setIncident(f.incident.id);
            pick(child<QComboBox>(panel.composer(), "composerAudience"), int(Audience::Customers));
            pick(child<QComboBox>(panel.composer(), "composerLanguage"),
                 int(lang == QStringLiteral("ja") ? MessageLanguage::Japanese : MessageLanguage::English));
            panel.composer()->channels()->setChecked(f.events, true);
            QTRY_COMPARE(panel.composer()->preview()->count(), 2);
            panel.composer()->preview()->setCurrentIndex(1); // the Slack rendering
            QApplication::processEvents();
            QVERIFY(panel.grab().save(dir + QStringLiteral("/notify-composer-%1.png").arg(lang)));

            if (lang == QStringLiteral("en")) {
                QVERIFY(f.t.core().dispatcher().start().ok());
                QVERIFY(panel.composer()->send());
                QTRY_VERIFY(f.receiver.count() >= 2);
            }
            panel.pages()->setCurrentWidget(panel.outbox());
            panel.outbox()->model()->reload();
            QTRY_VERIFY(panel.outbox()->model()->rowCount() >= 2);
            OutboxModel* model = panel.outbox()->model();
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->data(model->index(row, 0), OutboxModel::StateRole).toInt() == int(OutboxState::Retrying))
                    panel.outbox()->table()->selectRow(row); // the interesting one
            QApplication::processEvents();
            QVERIFY(panel.grab().save(dir + QStringLiteral("/notify-outbox-%1.png").arg(lang)));

            ChannelDialog dialog(f.t.core(), f.events);
            dialog.show();
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/notify-channel-%1.png").arg(lang)));

            TemplateDialog templates(f.t.core());
            templates.show();
            templates.select(QStringLiteral("can_report"), lang);
            QApplication::processEvents();
            QVERIFY(templates.grab().save(dir + QStringLiteral("/notify-templates-%1.png").arg(lang)));
        }
        localizer.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestNotificationsPanel)
#include "tst_notificationspanel.moc"
