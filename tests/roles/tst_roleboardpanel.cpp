#include "activitylogdialog.h"
#include "commandstrip.h"
#include "deferredpanel.h"
#include "guitestsupport.h"
#include "handoffdialog.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "oncalldialog.h"
#include "peoplemodel.h"
#include "roleboardpanel.h"
#include "rolecard.h"
#include "rolefixture.h"
#include "rosterdialog.h"
#include "rotationdialog.h"
#include "services/channelservice.h"
#include "services/incidentservice.h"
#include "services/oncallservice.h"
#include "services/outboxservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

// Drives the role board like a user, in English and in Japanese: assign with the picker and by dropping a
// person on a card, hand off command through the dialog (acknowledge first), read the history, release,
// ask for help, import a bad roster file.
class TestRoleBoardPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> t;
    std::unique_ptr<IncidentWorkspace> workspace;
    Localizer localizer;
    RoleFixture::Seeded seeded;

    // The board's tab builds the board on first show (or when asked for it here).
    DeferredPanel* boardTab() { return workspace->findChild<DeferredPanel*>(QStringLiteral("roleBoardTab")); }
    RoleBoardPanel* board() { return boardTab() ? qobject_cast<RoleBoardPanel*>(boardTab()->panel()) : nullptr; }
    RoleCard* card(const QString& key) { return board()->card(key); }
    QString holderText(const QString& key)
    {
        return card(key)->findChild<QLabel*>(QStringLiteral("holder"))->text();
    }
    QPushButton* cardButton(const QString& key, const char* name)
    {
        return card(key)->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    const Person& person(int i) { return seeded.people.at(i); }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, lang);
        QVERIFY(localizer.setLanguage(lang));
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
        seeded = RoleFixture::seed(t->core());
        QVERIFY(seeded.incident.id);
        workspace = std::make_unique<IncidentWorkspace>(t->core());
        workspace->resize(1100, 800);
        workspace->setIncident(seeded.incident.id);
        QVERIFY(board());
        workspace->tabs()->setCurrentWidget(boardTab());
        workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
    }

    void cleanup()
    {
        workspace.reset();
        t.reset();
    }

    void showsHoldersDutiesAndWhatTheIcHolds()
    {
        QFETCH_GLOBAL(QString, lang);
        QCOMPARE(holderText(Roles::commander), person(0).label());
        QVERIFY(card(Roles::operations)
                    ->findChild<QLabel*>(QStringLiteral("reach"))
                    ->text()
                    .contains(person(1).phone));
        QVERIFY(card(Roles::operations)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
        QVERIFY(card(Roles::planning)
                    ->findChild<QLabel*>(QStringLiteral("holder"))
                    ->text()
                    .contains(person(0).name));
        const auto* holds = board()->findChild<QLabel*>(QStringLiteral("icAlsoHolds"));
        QVERIFY(holds->isVisible());
        const QString commanderName =
            card(Roles::commander)->findChild<QLabel*>(QStringLiteral("roleName"))->text();
        const QString duty = card(Roles::planning)->findChild<QLabel*>(QStringLiteral("duty"))->text();
        if (lang == QStringLiteral("ja")) {
            QCOMPARE(commanderName, QStringLiteral("インシデントコマンダー"));
            QVERIFY(holds->text().contains(QStringLiteral("計画リード")));
            QVERIFY(duty.contains(QStringLiteral("バグ")));
        } else {
            QCOMPARE(commanderName, QStringLiteral("Incident Commander"));
            QCOMPARE(holds->text(), QStringLiteral("IC also holds: Planning lead, Scribe"));
            QVERIFY(duty.contains(QStringLiteral("files bugs")));
        }
        const auto* strip = workspace->findChild<QLabel*>(QStringLiteral("stripCommander"));
        QVERIFY(strip->isVisible());
        QVERIFY(strip->text().contains(person(0).phone));
        QVERIFY(
            workspace->findChild<QLabel*>(QStringLiteral("stripNextIc"))->text().contains(person(3).name));
    }

    // Names, duties and notes are user text: "<b>" must show as typed, in labels and in tool tips.
    // Narrow, the cards stack in one column and the board scrolls down, never sideways; wide, two columns.
    void cardsFlowIntoTheColumnsThatFit()
    {
        auto* scroll = board()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        auto columns = [this] {
            return card(Roles::operations)->geometry().top() == card(Roles::commander)->geometry().top() ? 2
                                                                                                         : 1;
        };
        auto sideways = [scroll] { return scroll->widget()->width() > scroll->viewport()->width(); };
        for (const int width : {900, 1100, 1400, 2000, 900}) {
            workspace->resize(width, 800);
            QTRY_COMPARE(workspace->width(), width);
            QTRY_VERIFY2(!sideways(), qPrintable(QStringLiteral("%1 px: cards %2 px in a %3 px view")
                                                     .arg(width)
                                                     .arg(scroll->widget()->width())
                                                     .arg(scroll->viewport()->width())));
        }
        workspace->resize(2000, 800);
        QTRY_COMPARE(columns(), 2); // the test can see both layouts
        workspace->resize(900, 800);
        QTRY_COMPARE(columns(), 1);
    }

    void userTextIsNeverRichText()
    {
        Person mal;
        mal.name = QStringLiteral("Mal <b>lory</b>");
        const auto added = t->core().people().add(mal);
        QVERIFY(added);
        QVERIFY(t->core().roles().assign(seeded.incident.id, Roles::planning, added->id,
                                         QStringLiteral("tester")));
        QTRY_VERIFY(holderText(Roles::planning).contains(QStringLiteral("Mal <b>lory</b>")));
        for (const char* name : {"holder", "reach", "roleName", "duty", "helpNote"})
            QCOMPARE(card(Roles::planning)->findChild<QLabel*>(QLatin1String(name))->textFormat(),
                     Qt::PlainText);
        for (const char* name : {"icAlsoHolds", "onCallNow", "boardWarnings", "boardError"})
            QCOMPARE(board()->findChild<QLabel*>(QLatin1String(name))->textFormat(), Qt::PlainText);

        PeopleModel people(t->core());
        const int row = people.rowOf(added->id);
        QVERIFY(row >= 0);
        const QString tip = people.data(people.index(row, PeopleModel::Name), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Mal &lt;b&gt;lory&lt;/b&gt;")), qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("<b>")), qPrintable(tip));
    }

    void assignWithThePicker()
    {
        bool sawSuggestion = false;
        TestSupport::whenModalShown([&](QWidget* dialog) {
            sawSuggestion = dialog->findChild<QLabel*>(QStringLiteral("pickerSuggestion"))
                                ->text()
                                .contains(person(3).name);
            auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
            filter->setFocus();
            TestSupport::typeText(filter, QStringLiteral("鈴木"));
            auto* list = dialog->findChild<QListView*>(QStringLiteral("pickerList"));
            QTRY_COMPARE(list->model()->rowCount(), 1);
            list->setCurrentIndex(list->model()->index(0, 0));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::mouseClick(cardButton(Roles::planning, "assignButton"), Qt::LeftButton);
        QTRY_COMPARE(holderText(Roles::planning), person(4).label());
        QVERIFY(sawSuggestion); // Bob is on call
        QVERIFY(
            !board()
                 ->findChild<QLabel*>(QStringLiteral("icAlsoHolds"))
                 ->text()
                 .contains(card(Roles::planning)->findChild<QLabel*>(QStringLiteral("roleName"))->text()));
    }

    void assignByDroppingAPersonOnACard()
    {
        auto* model = board()->findChild<QListView*>(QStringLiteral("rosterList"))->model();
        QModelIndex chen;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(PeopleModel::PersonIdRole).toLongLong() == person(5).id)
                chen = model->index(r, 0);
        QVERIFY(chen.isValid());
        std::unique_ptr<QMimeData> mime(model->mimeData({chen}));
        QVERIFY(mime);
        RoleCard* scribe = card(QStringLiteral("scribe"));
        const QPoint at = scribe->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(scribe, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(scribe, &drop);
        QTRY_COMPARE(holderText(QStringLiteral("scribe")), person(5).label());
        const auto history = t->core().roles().history(seeded.incident.id, QStringLiteral("scribe"));
        QCOMPARE(history->size(), 1);
    }

    void handOffCommandAfterAcknowledgement()
    {
        QFETCH_GLOBAL(QString, lang);
        const QString typed = lang == QStringLiteral("ja")
                                  ? QStringLiteral("ロールバック中、エラー率は低下傾向")
                                  : QStringLiteral("Rollback running, errors falling");
        bool disabledBeforeAck = false;
        bool prefilled = false;
        TestSupport::whenModalShown([&](QWidget* w) {
            auto* dialog = qobject_cast<HandoffDialog*>(w);
            QVERIFY(dialog);
            auto* situation = dialog->findChild<QPlainTextEdit*>(QStringLiteral("situation"));
            prefilled = situation->toPlainText().contains(seeded.incident.code) &&
                        dialog->findChild<QPlainTextEdit*>(QStringLiteral("currentActions"))
                            ->toPlainText()
                            .contains(QStringLiteral("Rolling back")) &&
                        dialog->incoming() == person(3).id; // the Next IC is proposed
            situation->setFocus();
            situation->moveCursor(QTextCursor::End);
            TestSupport::typeText(situation, QStringLiteral("\n") + typed);
            auto* record = dialog->findChild<QPushButton*>(QStringLiteral("recordHandoff"));
            disabledBeforeAck = !record->isEnabled();
            QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("acknowledge")), Qt::LeftButton);
            QTRY_VERIFY(record->isEnabled());
            QTest::mouseClick(record, Qt::LeftButton);
        });
        QTest::mouseClick(cardButton(Roles::commander, "handoffButton"), Qt::LeftButton);
        QTRY_COMPARE(holderText(Roles::commander), person(3).label());
        QVERIFY(disabledBeforeAck);
        QVERIFY(prefilled);
        QTRY_VERIFY(
            workspace->findChild<QLabel*>(QStringLiteral("stripCommander"))->text().contains(person(3).name));
        const auto handoffs = t->core().roles().handoffs(seeded.incident.id);
        QCOMPARE(handoffs->size(), 1);
        QVERIFY(handoffs->at(0).briefing.situation.endsWith(typed));

        // The history shows both holders and the briefing.
        int rows = 0;
        QString briefings;
        TestSupport::whenModalShown([&](QWidget* dialog) {
            rows = dialog->findChild<QTableView*>(QStringLiteral("historyView"))->model()->rowCount();
            briefings = dialog->findChild<QTextBrowser*>(QStringLiteral("handoffBriefings"))->toPlainText();
            dialog->close();
        });
        QTest::mouseClick(cardButton(Roles::commander, "historyButton"), Qt::LeftButton);
        QCOMPARE(rows, 2);
        QVERIFY(briefings.contains(typed));
    }

    void handOffCommandAndAnnounceItToTheRespondersChannel()
    {
        QFETCH_GLOBAL(QString, lang);
        ChannelDraft c;
        c.name = QStringLiteral("#incident-room");
        c.kind = ChannelKind::Slack;
        c.url = QStringLiteral("http://127.0.0.1:9/hook");
        c.audience = Audience::Responders;
        QVERIFY(t->core().channels().add(c).ok());
        bool preset = false;
        TestSupport::whenModalShown([&](QWidget* w) {
            auto* box = w->findChild<QGroupBox*>(QStringLiteral("announceHandoff"));
            QVERIFY(box);
            auto* channels = box->findChild<QListWidget*>(QStringLiteral("announceChannels"));
            // Handing off command is announced to the responders' channel unless the user unticks it.
            preset = box->isVisible() && box->isChecked() && channels->count() == 1 &&
                     channels->item(0)->checkState() == Qt::Checked;
            QTest::mouseClick(w->findChild<QCheckBox*>(QStringLiteral("acknowledge")), Qt::LeftButton);
            auto* record = w->findChild<QPushButton*>(QStringLiteral("recordHandoff"));
            QTRY_VERIFY(record->isEnabled());
            QTest::mouseClick(record, Qt::LeftButton);
        });
        QTest::mouseClick(cardButton(Roles::commander, "handoffButton"), Qt::LeftButton);
        QTRY_COMPARE(holderText(Roles::commander), person(3).label());
        QVERIFY(preset);
        const auto queued = t->core().outbox().list(seeded.incident.id);
        QVERIFY(queued.ok());
        QCOMPARE(queued->size(), 1);
        // In the interface's language by default, naming who took command from whom.
        const QString summary = queued->constFirst().summary;
        QVERIFY2(summary.contains(person(3).name) && summary.contains(person(0).name), qPrintable(summary));
        QVERIFY2(summary.contains(lang == QStringLiteral("ja") ? QStringLiteral("引き継ぎ")
                                                               : QStringLiteral("handed")),
                 qPrintable(summary));
    }

    void offerCommandThenTheIncomingAcknowledgesInTheirWindow()
    {
        TestSupport::whenModalShown([](QWidget* w) {
            auto* dialog = qobject_cast<HandoffDialog*>(w);
            QVERIFY(dialog);
            auto* offer = dialog->findChild<QPushButton*>(QStringLiteral("offerHandoff"));
            QVERIFY(offer->isEnabled()); // no acknowledgement needed to offer
            QTest::mouseClick(offer, Qt::LeftButton);
        });
        QTest::mouseClick(cardButton(Roles::commander, "handoffButton"), Qt::LeftButton);
        auto* offerLabel = card(Roles::commander)->findChild<QLabel*>(QStringLiteral("offer"));
        QTRY_VERIFY(offerLabel->isVisible());
        QVERIFY(offerLabel->text().contains(person(3).name));
        QVERIFY(!cardButton(Roles::commander, "acknowledgeButton")->isVisible()); // not this user's to take
        QCOMPARE(holderText(Roles::commander), person(0).label());

        // Bob's window: the same database, his user name.
        t->core().setUserName(person(3).handle);
        board()->refresh();
        QVERIFY(cardButton(Roles::commander, "acknowledgeButton")->isVisible());
        QTest::mouseClick(cardButton(Roles::commander, "acknowledgeButton"), Qt::LeftButton);
        QTRY_COMPARE(holderText(Roles::commander), person(3).label());
        QVERIFY(!offerLabel->isVisible());
        QCOMPARE(t->core().roles().handoffs(seeded.incident.id)->size(), 1);
    }

    void droppingSomeoneOnTheIcStartsAHandoff()
    {
        qint64 proposed = 0;
        TestSupport::whenModalShown([&](QWidget* w) {
            proposed = qobject_cast<HandoffDialog*>(w)->incoming();
            w->close(); // cancelled: nothing changes
        });
        board()->assignPerson(Roles::commander, person(5).id);
        QCOMPARE(proposed, person(5).id);
        QCOMPARE(holderText(Roles::commander), person(0).label());
    }

    void releaseAndAskForHelp()
    {
        QVERIFY(!cardButton(Roles::commander, "releaseButton")->isVisible()); // the IC cannot just leave
        auto* warnings = board()->findChild<QLabel*>(QStringLiteral("boardWarnings"));
        QVERIFY(!warnings->isVisible());
        QTest::mouseClick(cardButton(Roles::operations, "releaseButton"), Qt::LeftButton);
        QTRY_VERIFY(warnings->isVisible()); // SEV1 and the IC now runs Operations too
        QVERIFY(warnings->text().contains(QStringLiteral("SEV1")));
        QVERIFY(
            t->core().incidents().setSeverity(seeded.incident.id, Severity::Sev3, QStringLiteral("tester")));
        QTRY_VERIFY(!warnings->isVisible()); // at SEV3 the IC may run Ops
        QTest::mouseClick(cardButton(Roles::communications, "releaseButton"), Qt::LeftButton);
        QTRY_VERIFY(holderText(Roles::communications).contains(person(0).name)); // back to the IC

        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("顧客対応を手伝ってほしい"));
            input->accept();
        });
        QTest::mouseClick(cardButton(Roles::communications, "helpButton"), Qt::LeftButton);
        QTRY_VERIFY(
            card(Roles::communications)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
        QCOMPARE(t->core().roles().board(seeded.incident.id)->slot(Roles::communications)->help->note,
                 QStringLiteral("顧客対応を手伝ってほしい"));
        QTest::mouseClick(cardButton(Roles::communications, "helpButton"), Qt::LeftButton);
        QTRY_VERIFY(
            !card(Roles::communications)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
    }

    void languageSwitchesAtRunTime()
    {
        QFETCH_GLOBAL(QString, lang);
        const QString other = lang == QStringLiteral("ja") ? QStringLiteral("en") : QStringLiteral("ja");
        QVERIFY(localizer.setLanguage(other));
        const QString expected = other == QStringLiteral("ja") ? QStringLiteral("インシデントコマンダー")
                                                               : QStringLiteral("Incident Commander");
        QTRY_COMPARE(card(Roles::commander)->findChild<QLabel*>(QStringLiteral("roleName"))->text(),
                     expected);

        // Open dialogs follow too.
        HandoffDialog handoff(t->core(), seeded.incident.id, Roles::commander);
        RosterDialog roster(t->core());
        handoff.show();
        roster.show();
        const QString handoffTitle = handoff.windowTitle();
        const QString rosterTitle = roster.windowTitle();
        QVERIFY(localizer.setLanguage(lang));
        QTRY_VERIFY(handoff.windowTitle() != handoffTitle);
        QVERIFY(roster.windowTitle() != rosterTitle);
        QVERIFY(handoff.windowTitle().contains(lang == QStringLiteral("ja")
                                                   ? QStringLiteral("インシデントコマンダー")
                                                   : QStringLiteral("Incident Commander")));
    }

    void editAPersonFromTheRoster()
    {
        auto* view = board()->findChild<QListView*>(QStringLiteral("rosterList"));
        QModelIndex alice;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, 0).data(PeopleModel::PersonIdRole).toLongLong() == person(1).id)
                alice = view->model()->index(r, 0);
        QVERIFY(alice.isValid());
        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* phone = dialog->findChild<QLineEdit*>(QStringLiteral("personPhone"));
            phone->clear();
            QTest::keyClicks(phone, QStringLiteral("+81 3 0000 1111"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        QTRY_VERIFY(view->visualRect(alice).isValid()); // laid out
        const QPoint at = view->visualRect(alice).center();
        // A real double-click: the first press selects, the second arrives as a double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_VERIFY(card(Roles::operations)
                        ->findChild<QLabel*>(QStringLiteral("reach"))
                        ->text()
                        .contains(QStringLiteral("+81 3 0000 1111")));
    }

    void aClosedIncidentsBoardIsReadOnly()
    {
        QVERIFY(cardButton(Roles::planning, "assignButton")->isEnabled());
        QVERIFY(t->core().incidents().setStatus(seeded.incident.id, IncidentStatus::Closed,
                                                QStringLiteral("tester")));
        QTRY_VERIFY(!cardButton(Roles::planning, "assignButton")->isEnabled());
        QVERIFY(!cardButton(Roles::operations, "releaseButton")->isEnabled());
        QVERIFY(cardButton(Roles::operations, "historyButton")->isEnabled()); // history stays readable
        QVERIFY(!board()->findChild<QLabel*>(QStringLiteral("boardWarnings"))->isVisible());
    }

    void customRoleFromTheBoard()
    {
        QFETCH_GLOBAL(QString, lang);
        TestSupport::whenModalShown([](QWidget* dialog) {
            auto field = [dialog](const char* name) {
                return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
            };
            QTest::keyClicks(field("roleKey"), QStringLiteral("db-expert"));
            QTest::keyClicks(field("roleNameEn"), QStringLiteral("Database expert"));
            field("roleNameJa")->setFocus();
            TestSupport::typeText(field("roleNameJa"), QStringLiteral("データベース担当"));
            QTest::keyClicks(field("roleDutyEn"), QStringLiteral("Knows our MySQL clusters."));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        board()->newCustomRole();
        QTRY_VERIFY(card(QStringLiteral("db-expert")));
        QCOMPARE(card(QStringLiteral("db-expert"))->findChild<QLabel*>(QStringLiteral("roleName"))->text(),
                 lang == QStringLiteral("ja") ? QStringLiteral("データベース担当")
                                              : QStringLiteral("Database expert"));
    }

    void rotationAndOverrideFromTheDialogs()
    {
        RotationDialog rotation(t->core(), RotationDialog::Mode::NewRotation);
        rotation.show();
        auto* name = rotation.findChild<QLineEdit*>(QStringLiteral("rotationName"));
        name->setFocus();
        TestSupport::typeText(name, QStringLiteral("DB当番"));
        auto* members = rotation.findChild<QListWidget*>(QStringLiteral("rotationMembers"));
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toLongLong() == person(4).id)
                members->item(i)->setCheckState(Qt::Checked);
        QTest::mouseClick(rotation.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(rotation.result(), int(QDialog::Accepted));
        QCOMPARE(t->core().onCall().rotations()->size(), 2);

        RotationDialog override(t->core(), RotationDialog::Mode::Override);
        override.show();
        auto* who = override.findChild<QComboBox*>(QStringLiteral("overridePerson"));
        who->setCurrentIndex(who->findData(person(5).id));
        QTest::mouseClick(override.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(override.result(), int(QDialog::Accepted));

        OnCallDialog onCall(t->core());
        auto* table = onCall.findChild<QTableWidget*>(QStringLiteral("onCallTable"));
        QCOMPARE(table->rowCount(), 2);
        bool covered = false;
        for (int r = 0; r < table->rowCount(); ++r)
            covered = covered || table->item(r, 3)->text().contains(person(5).name);
        QVERIFY(covered); // the override shows
    }

    void activityLogShowsAndExports()
    {
        ActivityLogDialog dialog(t->core(), seeded.incident.id, Roles::operations);
        dialog.show();
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("activityTree"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(person(1).name));
        QVERIFY(tree->topLevelItem(0)->childCount() >= 1);
        const QString path = t->path(QStringLiteral("ops.md"));
        QVERIFY(dialog.exportTo(path, ActivityLogDialog::Format::Markdown));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(f.readAll());
        QVERIFY(md.startsWith(QStringLiteral("# ") + seeded.incident.code));
        QVERIFY(md.contains(QStringLiteral("Rolling back release")));
        QVERIFY(dialog.exportTo(t->path(QStringLiteral("ops.csv")), ActivityLogDialog::Format::Csv));
    }

    void rosterImportListsBadRowsAndWritesNothing()
    {
        QFETCH_GLOBAL(QString, lang);
        const QString path = t->path(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,handle\nNew Person,newp\n,missing\n");
        f.close();
        RosterDialog dialog(t->core());
        dialog.show();
        QVERIFY(!dialog.importFrom(path));
        auto* errors = dialog.findChild<QPlainTextEdit*>(QStringLiteral("importErrors"));
        QVERIFY(errors->isVisible());
        QVERIFY(errors->toPlainText().contains(lang == QStringLiteral("ja") ? QStringLiteral("3 行目")
                                                                            : QStringLiteral("Line 3")));
        QCOMPARE(t->core().people().list()->size(), seeded.people.size());
        QVERIFY(dialog.exportTo(t->path(QStringLiteral("out.csv"))));
    }
};

QTEST_MAIN(TestRoleBoardPanel)
#include "tst_roleboardpanel.moc"
