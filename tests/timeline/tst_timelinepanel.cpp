// The timeline editor driven like a user: typing entries in English and Japanese, prefixes, editing in
// place, undo and redo, delete and restore, search as you type, and pasting a chat transcript.
#include "guitestsupport.h"
#include "testsupport.h"

#include "entrydetailpane.h"
#include "entryinput.h"
#include "localizer.h"
#include "services/brainstormservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "timelinefilterbar.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

class TestTimelinePanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<TimelinePanel> m_panel;
    qint64 m_incident = 0;

    EntryInput* input() { return m_panel->findChild<EntryInput*>(QStringLiteral("timelineInput")); }
    TimelineModel* model() { return m_panel->model(); }
    QString topText() { return model()->entryAt(0) ? model()->entryAt(0)->text : QString(); }

    void typeAndEnter(const QString& text)
    {
        input()->setFocus();
        TestSupport::typeText(input(), text);
        QTest::keyClick(input(), Qt::Key_Return);
    }

    void trigger(const char* name)
    {
        auto* a = m_panel->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(a, name);
        a->trigger();
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Panel")).id;
        m_panel = std::make_unique<TimelinePanel>(m_tc->core());
        m_panel->resize(1200, 700);
        m_panel->setIncident(m_incident);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_tc.reset();
    }

    // What the app records itself (here a status change made by a Japanese-speaking IC) follows a language
    // switch of the window, like its labels; what people wrote does not change.
    void appsOwnEntriesFollowTheLanguageSwitch()
    {
        Localizer localizer;
        QVERIFY(localizer.setLanguage(QStringLiteral("ja")));
        typeAndEnter(QStringLiteral("決済APIのエラー率が上昇"));
        QVERIFY(m_tc->core()
                    .incidents()
                    .setStatus(m_incident, IncidentStatus::Identified, QStringLiteral("sato"))
                    .ok());
        const QModelIndex top = model()->index(0, TimelineModel::Text);
        QTRY_COMPARE(top.data().toString(), QStringLiteral("ステータス変更: 調査中 → 原因特定"));
        QVERIFY(localizer.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(model()->index(0, TimelineModel::Text).data().toString(),
                     QStringLiteral("Status changed: Investigating → Identified"));
        QCOMPARE(model()->index(1, TimelineModel::Text).data().toString(),
                 QStringLiteral("決済APIのエラー率が上昇"));
    }

    // In the default 1280-pixel window the timeline gets about 750 pixels: the selected entry goes under the
    // entries, so that their text keeps its room; in a wide window it goes beside them.
    void entryTextKeepsRoomInANarrowWindow()
    {
        typeAndEnter(QStringLiteral("Checkout 5xx at 31% since 11:52 UTC"));
        auto* split = m_panel->findChild<QSplitter*>(QStringLiteral("timelineSplit"));
        auto* detail = m_panel->findChild<EntryDetailPane*>();
        QVERIFY(split && detail);
        auto* text = detail->findChild<QWidget*>(QStringLiteral("entryText"));
        auto* history = detail->findChild<QWidget*>(QStringLiteral("entryHistory"));
        QTableView* view = m_panel->view();
        auto at = [detail](QWidget* w) { return w->mapTo(detail, QPoint(0, 0)); };
        QCOMPARE(split->orientation(), Qt::Horizontal); // 1200 pixels wide, from init()
        QVERIFY(at(text).y() < at(history).y());

        m_panel->resize(760, 700);
        QTRY_COMPARE(split->orientation(), Qt::Vertical);
        QVERIFY(detail->isUnderTimeline());
        QTRY_VERIFY(view->viewport()->width() > 600);
        const int textRoom = view->viewport()->width() - view->columnViewportPosition(TimelineModel::Text);
        QVERIFY2(textRoom >= 150, qPrintable(QString::number(textRoom)));
        QTRY_VERIFY(at(text).x() < at(history).x()); // the entry's text beside its history, not above it
        QLineEdit* search = m_panel->findChild<QLineEdit*>(QStringLiteral("timelineSearch"));
        QVERIFY(search);
        QTRY_VERIFY2(search->width() > m_panel->width() / 2, qPrintable(QString::number(search->width())));
        auto* bar = m_panel->findChild<TimelineFilterBar*>();
        QVERIFY(bar && bar->isStacked());
        // Room to spare for long author names in the combo: the bar asks for much less than it gets.
        QVERIFY2(bar->minimumSizeHint().width() <= 500,
                 qPrintable(QString::number(bar->minimumSizeHint().width())));

        m_panel->resize(1500, 800);
        QTRY_COMPARE(split->orientation(), Qt::Horizontal);
        QVERIFY(!detail->isUnderTimeline());
        QTRY_VERIFY(at(text).y() < at(history).y());
    }

    void typesEntriesInEnglishAndJapanese()
    {
        typeAndEnter(QStringLiteral("API 5xx rising"));
        QCOMPARE(topText(), QStringLiteral("API 5xx rising"));
        QCOMPARE(model()->entryAt(0)->author, QStringLiteral("tester"));
        QVERIFY(input()->toPlainText().isEmpty());

        typeAndEnter(QStringLiteral("/d データベースをフェイルオーバーする"));
        QCOMPARE(topText(), QStringLiteral("データベースをフェイルオーバーする"));
        QCOMPARE(model()->entryAt(0)->kind, EntryKind::Decision);

        // Shift+Enter is a new line, Enter saves.
        input()->setFocus();
        TestSupport::typeText(input(), QStringLiteral("line one"));
        QTest::keyClick(input(), Qt::Key_Return, Qt::ShiftModifier);
        TestSupport::typeText(input(), QStringLiteral("二行目"));
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(topText(), QStringLiteral("line one\n二行目"));

        // Empty input saves nothing; a hypothesis also lands on the brainstorm board.
        const int rows = model()->rowCount();
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(model()->rowCount(), rows);
        typeAndEnter(QStringLiteral("/h cache stampede"));
        QCOMPARE(m_tc->core().brainstorm().list(m_incident)->size(), 1);
    }

    void editInPlaceWithUndoAndRedo()
    {
        typeAndEnter(QStringLiteral("restarted db-2"));
        const qint64 id = model()->entryAt(0)->id;
        QTableView* view = m_panel->view();
        view->setFocus();
        view->setCurrentIndex(model()->index(0, TimelineModel::Text));
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = view->findChild<EntryInput*>(QStringLiteral("textEditor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        editor->selectAll();
        TestSupport::typeText(editor, QStringLiteral("db-2 を再起動した"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(topText(), QStringLiteral("db-2 を再起動した"));
        QCOMPARE(m_tc->core().timeline().get(id)->revision, 2);

        QUndoStack* undo = m_panel->undoStack();
        QCOMPARE(undo->count(), 2); // add, edit
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(topText(), QStringLiteral("restarted db-2"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(topText(), QStringLiteral("db-2 を再起動した"));
        // Every step is in the entry's history, shown in the detail pane.
        QCOMPARE(m_tc->core().timeline().revisions(id)->size(), 3);
        auto* history = m_panel->findChild<QListWidget*>(QStringLiteral("entryHistory"));
        QCOMPARE(history->count(), 4);

        // Flag with the keyboard, then undo the flag.
        QTest::keyClick(view, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(model()->entryAt(0)->important);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!model()->entryAt(0)->important);
    }

    void editTimeAndKindInPlace()
    {
        typeAndEnter(QStringLiteral("failover done"));
        const qint64 id = model()->entryAt(0)->id;
        QTableView* view = m_panel->view();
        view->setFocus();

        const QModelIndex time = model()->index(0, TimelineModel::Time);
        view->setCurrentIndex(time);
        view->edit(time);
        auto* timeEditor = view->findChild<QDateTimeEdit*>(QStringLiteral("timeEditor"));
        QVERIFY(timeEditor);
        const QDateTime earlier = model()->entryAt(0)->occurredAt.addSecs(-15 * 60);
        timeEditor->setDateTime(earlier.toLocalTime());
        QTest::keyClick(timeEditor, Qt::Key_Return);
        QTRY_COMPARE(m_tc->core().timeline().get(id)->occurredAt, earlier);

        const int row = model()->rowOf(id);
        const QModelIndex kind = model()->index(row, TimelineModel::Kind);
        view->setCurrentIndex(kind);
        view->edit(kind);
        auto* kindEditor = view->findChild<QComboBox*>(QStringLiteral("kindEditor"));
        QVERIFY(kindEditor);
        kindEditor->setCurrentIndex(kindEditor->findData(int(EntryKind::Action)));
        QTest::keyClick(kindEditor, Qt::Key_Return);
        QTRY_COMPARE(m_tc->core().timeline().get(id)->kind, EntryKind::Action);
        QCOMPARE(m_panel->undoStack()->count(), 3); // add, time, kind
        m_panel->undoStack()->undo();
        QCOMPARE(m_tc->core().timeline().get(id)->kind, EntryKind::Note);
    }

    void deleteUndoAndRestore()
    {
        typeAndEnter(QStringLiteral("wrong incident, sorry"));
        const qint64 id = model()->entryAt(0)->id;
        QTableView* view = m_panel->view();
        view->setFocus();
        view->setCurrentIndex(model()->index(0, TimelineModel::Text));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(model()->rowOf(id) < 0);
        QVERIFY(m_tc->core().timeline().get(id)->deleted);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowOf(id), 0);

        // Undo of the add deletes softly; shown with "Show deleted" it can be restored by hand.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(model()->rowOf(id) < 0);
        m_panel->findChild<QCheckBox*>(QStringLiteral("timelineShowDeleted"))->setChecked(true);
        const int row = model()->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY(model()->index(row, 0).data(TimelineModel::DeletedRole).toBool());
        view->setCurrentIndex(model()->index(row, TimelineModel::Text));
        trigger("timelineRestore");
        QVERIFY(!m_tc->core().timeline().get(id)->deleted);
    }

    void searchAsYouType()
    {
        for (const QString& t : {QStringLiteral("決済APIでタイムアウト"),
                                 QStringLiteral("timeout on checkout"), QStringLiteral("paged DB team")})
            typeAndEnter(t);
        auto* search = m_panel->findChild<QLineEdit*>(QStringLiteral("timelineSearch"));
        QTest::keyClick(m_panel->view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        TestSupport::typeText(search, QStringLiteral("タイ"));
        QCOMPARE(model()->rowCount(), 1); // two characters: the LIKE fallback
        TestSupport::typeText(search, QStringLiteral("ムアウト"));
        QCOMPARE(model()->rowCount(), 1);
        search->clear();
        TestSupport::typeText(search, QStringLiteral("TIMEOUT"));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(topText(), QStringLiteral("timeout on checkout"));
        search->clear();
        QCOMPARE(model()->rowCount(), 4); // with the declaration
    }

    void pasteATranscript()
    {
        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* paste = dialog->findChild<QPlainTextEdit*>(QStringLiteral("transcriptPaste"));
            paste->setPlainText(QStringLiteral("09:31 alice: API 5xx rising\n"
                                               "09:32 bob: db-2 のスロークエリ\n"
                                               "続き\n"
                                               "09:33 carol: lunch?"));
            auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("transcriptPreview"));
            QCOMPARE(preview->rowCount(), 3);
            preview->item(2, 0)->setCheckState(Qt::Unchecked); // not everything belongs on the timeline
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        m_panel->pasteTranscript();
        QCOMPARE(model()->rowCount(), 3);
        const TimelineEntry* bob = model()->entryAt(0);
        QCOMPARE(bob->author, QStringLiteral("bob"));
        QCOMPARE(bob->text, QStringLiteral("db-2 のスロークエリ\n続き"));
        QCOMPARE(bob->kind, EntryKind::Communication);
        QCOMPARE(bob->occurredAt.toLocalTime().time(), QTime(9, 32));
        // One undo step takes the whole paste back.
        m_panel->undoStack()->undo();
        QCOMPARE(model()->rowCount(), 1);
    }

    // Entries saved before links were checked may still hold javascript: or file: links.
    void detailPaneMakesOnlySafeLinksClickable()
    {
        TimelineEntry e;
        e.id = 1;
        e.author = QStringLiteral("%5 <i>mal</i> %6");
        e.text = QStringLiteral("see links");
        e.revision = 7;
        e.occurredAt = e.recordedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        e.links = {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
                   QStringLiteral("https://grafana.example/d/1")};
        EntryDetailPane pane;
        pane.setEntry(e, {});
        const QString html = pane.findChild<QTextBrowser*>(QStringLiteral("entryText"))->toHtml();
        QVERIFY2(html.contains(QStringLiteral("href=\"https://grafana.example/d/1\"")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("href=\"javascript")) &&
                     !html.contains(QStringLiteral("href=\"file")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("javascript:alert(1)"))); // still shown, as text
        // The author's "%5" and "%6" are not filled with the revision and the deleted marker.
        const QString meta = pane.findChild<QLabel*>(QStringLiteral("entryMeta"))->text();
        QVERIFY2(meta.contains(QStringLiteral("%5 &lt;i&gt;mal&lt;/i&gt; %6")), qPrintable(meta));
        QVERIFY2(meta.contains(QStringLiteral("revision 7")), qPrintable(meta));
    }

    void aTranscriptWithABadLineAddsNothing()
    {
        QSignalSpy errors(m_panel.get(), &TimelinePanel::errorOccurred);
        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* paste = dialog->findChild<QPlainTextEdit*>(QStringLiteral("transcriptPaste"));
            // The third message is over the length limit: the two before it must not be written either.
            paste->setPlainText(QStringLiteral("09:31 alice: first\n09:32 bob: second\n09:33 carol: ") +
                                QString(Incidents::maxTextLength + 1, QLatin1Char('x')));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        m_panel->pasteTranscript();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model()->rowCount(), 1); // the declaration only
        QCOMPARE(m_panel->undoStack()->count(), 0);
    }

    void detailPaneEditsLinks()
    {
        typeAndEnter(QStringLiteral("dashboard"));
        QTableView* view = m_panel->view();
        view->setCurrentIndex(model()->index(0, TimelineModel::Text));
        auto* links = m_panel->findChild<QLineEdit*>(QStringLiteral("entryLinks"));
        links->setFocus();
        TestSupport::typeText(links, QStringLiteral("https://grafana.example/d/1"));
        QTest::keyClick(links, Qt::Key_Return);
        QCOMPARE(model()->entryAt(0)->links, QStringList{QStringLiteral("https://grafana.example/d/1")});
        m_panel->undoStack()->undo();
        QVERIFY(model()->entryAt(0)->links.isEmpty());
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
