#include "commandstrip.h"
#include "guitestsupport.h"
#include "handoffdialog.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "peoplemodel.h"
#include "rolecard.h"
#include "roleboardpanel.h"
#include "rolefixture.h"
#include "rosterdialog.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

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

    RoleBoardPanel* board() { return workspace->findChild<RoleBoardPanel*>(QStringLiteral("roleBoard")); }
    RoleCard* card(const QString& key) { return board()->card(key); }
    QString holderText(const QString& key) { return card(key)->findChild<QLabel*>(QStringLiteral("holder"))->text(); }
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
        workspace->tabs()->setCurrentWidget(board());
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
        QVERIFY(card(Roles::operations)->findChild<QLabel*>(QStringLiteral("reach"))->text().contains(person(1).phone));
        QVERIFY(card(Roles::operations)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
        QVERIFY(card(Roles::planning)->findChild<QLabel*>(QStringLiteral("holder"))->text().contains(person(0).name));
        const auto* holds = board()->findChild<QLabel*>(QStringLiteral("icAlsoHolds"));
        QVERIFY(holds->isVisible());
        const QString commanderName = card(Roles::commander)->findChild<QLabel*>(QStringLiteral("roleName"))->text();
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
        QVERIFY(workspace->findChild<QLabel*>(QStringLiteral("stripNextIc"))->text().contains(person(3).name));
    }

    void assignWithThePicker()
    {
        bool sawSuggestion = false;
        TestSupport::whenModalShown([&](QWidget* dialog) {
            sawSuggestion = dialog->findChild<QLabel*>(QStringLiteral("pickerSuggestion"))->text().contains(
                person(3).name);
            auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
            filter->setFocus();
            TestSupport::typeText(filter, QStringLiteral("鈴木"));
            auto* list = dialog->findChild<QListView*>(QStringLiteral("pickerList"));
            QTRY_COMPARE(list->model()->rowCount(), 1);
            list->setCurrentIndex(list->model()->index(0, 0));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(cardButton(Roles::planning, "assignButton"), Qt::LeftButton);
        QTRY_COMPARE(holderText(Roles::planning), person(4).label());
        QVERIFY(sawSuggestion); // Bob is on call
        QVERIFY(!board()->findChild<QLabel*>(QStringLiteral("icAlsoHolds"))->text().contains(
            card(Roles::planning)->findChild<QLabel*>(QStringLiteral("roleName"))->text()));
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
        const QString typed = lang == QStringLiteral("ja") ? QStringLiteral("ロールバック中、エラー率は低下傾向")
                                                          : QStringLiteral("Rollback running, errors falling");
        bool disabledBeforeAck = false;
        bool prefilled = false;
        TestSupport::whenModalShown([&](QWidget* w) {
            auto* dialog = qobject_cast<HandoffDialog*>(w);
            QVERIFY(dialog);
            auto* situation = dialog->findChild<QPlainTextEdit*>(QStringLiteral("situation"));
            prefilled = situation->toPlainText().contains(seeded.incident.code)
                && dialog->findChild<QPlainTextEdit*>(QStringLiteral("currentActions"))->toPlainText().contains(
                    QStringLiteral("Rolling back"))
                && dialog->incoming() == person(3).id; // the Next IC is proposed
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
        QTRY_VERIFY(workspace->findChild<QLabel*>(QStringLiteral("stripCommander"))->text().contains(person(3).name));
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
        QTest::mouseClick(cardButton(Roles::communications, "releaseButton"), Qt::LeftButton);
        QTRY_VERIFY(holderText(Roles::communications).contains(person(0).name)); // back to the IC

        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("顧客対応を手伝ってほしい"));
            input->accept();
        });
        QTest::mouseClick(cardButton(Roles::communications, "helpButton"), Qt::LeftButton);
        QTRY_VERIFY(card(Roles::communications)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
        QCOMPARE(t->core().roles().board(seeded.incident.id)->slot(Roles::communications)->help->note,
                 QStringLiteral("顧客対応を手伝ってほしい"));
        QTest::mouseClick(cardButton(Roles::communications, "helpButton"), Qt::LeftButton);
        QTRY_VERIFY(!card(Roles::communications)->findChild<QLabel*>(QStringLiteral("helpBadge"))->isVisible());
    }

    void languageSwitchesAtRunTime()
    {
        QFETCH_GLOBAL(QString, lang);
        const QString other = lang == QStringLiteral("ja") ? QStringLiteral("en") : QStringLiteral("ja");
        QVERIFY(localizer.setLanguage(other));
        const QString expected = other == QStringLiteral("ja") ? QStringLiteral("インシデントコマンダー")
                                                              : QStringLiteral("Incident Commander");
        QTRY_COMPARE(card(Roles::commander)->findChild<QLabel*>(QStringLiteral("roleName"))->text(), expected);
        QVERIFY(localizer.setLanguage(lang));
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
