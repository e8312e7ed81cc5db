#include "documentpanel.h"
#include "guitestsupport.h"
#include "localizer.h"
#include "services/changeservice.h"
#include "services/documentservice.h"
#include "services/incidentservice.h"
#include "testsupport.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// The Document tab of the living incident document, clicked and typed into like a user.
class TestDocumentPanel final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesWhatIsTyped();
    void historyRestoresAnEarlierVersion();
    void changeRowsFitTheirTextOnceShown();

private:
    void typeInto(DocField field, const QString& text);
    void clickSave();
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<Localizer> m_localizer;
    std::unique_ptr<DocumentPanel> m_panel;
    qint64 m_id = 0;
};

void TestDocumentPanel::init()
{
    m_localizer = std::make_unique<Localizer>();
    m_localizer->setLanguage(QStringLiteral("en"));
    m_tc = std::make_unique<TestSupport::TempCore>();
    QVERIFY(m_tc->ok());
    m_id = m_tc->declare(QStringLiteral("Checkout errors")).id;
    m_panel = std::make_unique<DocumentPanel>(m_tc->core());
    m_panel->resize(1000, 700);
    m_panel->show();
    m_panel->setIncident(m_id);
}

void TestDocumentPanel::cleanup()
{
    m_panel.reset();
    m_tc.reset();
    m_localizer.reset();
}

void TestDocumentPanel::typeInto(DocField field, const QString& text)
{
    QPlainTextEdit* edit = m_panel->editor(field);
    edit->setFocus();
    edit->selectAll();
    TestSupport::typeText(edit, text);
}

void TestDocumentPanel::clickSave()
{
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("docSave")), Qt::LeftButton);
}

void TestDocumentPanel::savesWhatIsTyped()
{
    typeInto(DocField::Summary, QStringLiteral("決済 API の 5xx が増加"));
    clickSave();
    QCOMPARE(m_tc->core().document().document(m_id)->value(DocField::Summary),
             QStringLiteral("決済 API の 5xx が増加"));
    // The summary is the incident's too: the list and the reports read it there.
    QCOMPARE(m_tc->core().incidents().get(m_id)->summary, QStringLiteral("決済 API の 5xx が増加"));
}

// Two saved summaries, then unsaved typing; the History dialog's Restore brings the first back: in the box,
// in the database, and as the newest version, saved by this user.
void TestDocumentPanel::historyRestoresAnEarlierVersion()
{
    typeInto(DocField::Summary, QStringLiteral("Checkout returns 502 for a third of requests."));
    clickSave();
    typeInto(DocField::Summary, QStringLiteral("Wrong guess: the CDN."));
    clickSave();
    typeInto(DocField::Summary, QStringLiteral("typed, not saved"));

    int listed = 0;
    TestSupport::whenModalShown([&listed](QWidget* dialog) {
        auto* list = dialog->findChild<QListWidget*>();
        auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreVersion"));
        if (!list || !restore) {
            dialog->close();
            return;
        }
        listed = list->count();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    QTest::mouseClick(m_panel->findChild<QToolButton*>(QStringLiteral("docHistory_summary")), Qt::LeftButton);
    QTRY_COMPARE(m_panel->editor(DocField::Summary)->toPlainText(),
                 QStringLiteral("Checkout returns 502 for a third of requests."));
    QCOMPARE(listed, 2);
    QCOMPARE(m_tc->core().document().document(m_id)->value(DocField::Summary),
             QStringLiteral("Checkout returns 502 for a third of requests."));
    const auto versions = m_tc->core().document().history(m_id, DocField::Summary);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->last().value, QStringLiteral("Checkout returns 502 for a third of requests."));
    QCOMPARE(versions->last().editedBy, m_tc->core().userName());
}

// A change recorded while the tab is hidden (narrow, unlaid-out columns) used to keep the tall row measured
// then: one line of text in a row as high as the table. Rows follow the columns' final widths.
void TestDocumentPanel::changeRowsFitTheirTextOnceShown()
{
    DocumentPanel hidden(m_tc->core());
    hidden.setIncident(m_id);
    ChangeDraft c;
    c.what = QStringLiteral("接続プールを 50 → 100 に拡張");
    c.revertHow = QStringLiteral("設定を 50 に戻す");
    QVERIFY(m_tc->core().changes().record(m_id, c, QStringLiteral("佐藤")).ok());
    hidden.resize(1200, 800);
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    auto* table = hidden.findChild<QTableView*>(QStringLiteral("changesTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const int line = table->fontMetrics().lineSpacing();
    QTRY_VERIFY2(table->rowHeight(0) <= 2 * line + 8,
                 qPrintable(QStringLiteral("row %1 px, line %2 px").arg(table->rowHeight(0)).arg(line)));
}

QTEST_MAIN(TestDocumentPanel)
#include "tst_documentpanel.moc"
