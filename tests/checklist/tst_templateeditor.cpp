#include "guitestsupport.h"
#include "localizer.h"
#include "services/templateservice.h"
#include "templateeditordialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// The template editor as a user drives it: edit an item in Japanese, add and reorder items, assign a role
// and a time box, save; import a broken file (nothing changes) and export.
class TestTemplateEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<Localizer> m_localizer;

    template <typename T> static T* child(QWidget& w, const char* name)
    {
        T* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qWarning("missing %s", name);
        return c;
    }

    static void replaceText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        TestSupport::typeText(edit, text);
    }

private slots:
    void init()
    {
        m_localizer = std::make_unique<Localizer>();
        m_localizer->setLanguage(QStringLiteral("ja"));
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
    }
    void cleanup()
    {
        m_tc.reset();
        m_localizer.reset();
    }

    void editInJapaneseAndSave()
    {
        TemplateEditorDialog dialog(m_tc->core());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("チェックリストのテンプレート"));
        dialog.selectTemplate(QStringLiteral("sev3"));
        QCOMPARE(dialog.working().key, QStringLiteral("sev3"));
        const int count = int(dialog.working().items.size());

        auto* items = child<QListWidget>(dialog, "templateItems");
        auto* textJa = child<QLineEdit>(dialog, "itemTextJa");
        auto* textEn = child<QLineEdit>(dialog, "itemTextEn");
        QVERIFY(items && textJa && textEn);
        dialog.selectItem(0);
        replaceText(textJa, QStringLiteral("障害を宣言し、指揮者を決める"));
        QCOMPARE(dialog.working().items.at(0).text.ja, QStringLiteral("障害を宣言し、指揮者を決める"));
        QVERIFY(items->item(0)->text().contains(
            QStringLiteral("障害を宣言し"))); // the list follows the UI language

        QTest::mouseClick(child<QPushButton>(dialog, "templateAddItem"), Qt::LeftButton);
        QCOMPARE(dialog.working().items.size(), count + 1);
        QCOMPARE(items->currentRow(), 1);
        TestSupport::typeText(textEn, QStringLiteral("Check the database replicas"));
        TestSupport::typeText(textJa, QStringLiteral("データベースのレプリカを確認する"));
        auto* role = child<QComboBox>(dialog, "itemRole");
        role->setCurrentIndex(role->findData(QStringLiteral("operations")));
        child<QSpinBox>(dialog, "itemTimeBox")->setValue(25);
        QTest::mouseClick(child<QPushButton>(dialog, "templateMoveUp"), Qt::LeftButton);
        QCOMPARE(items->currentRow(), 0);
        QCOMPARE(dialog.working().items.at(0).text.en, QStringLiteral("Check the database replicas"));

        QTest::mouseClick(child<QPushButton>(dialog, "templateSave"), Qt::LeftButton);
        auto* message = child<QLabel>(dialog, "templateMessage");
        QVERIFY2(message->text().contains(QStringLiteral("リビジョン 1")), qPrintable(message->text()));
        const ChecklistTemplate saved = m_tc->core().templates().get(QStringLiteral("sev3")).value();
        QCOMPARE(saved.revision, 1);
        QCOMPARE(saved.items.size(), count + 1);
        QCOMPARE(saved.items.at(0).text.ja, QStringLiteral("データベースのレプリカを確認する"));
        QCOMPARE(saved.items.at(0).roleKey, QStringLiteral("operations"));
        QCOMPARE(saved.items.at(0).timeBoxMinutes, 25);
        QCOMPARE(saved.items.at(1).text.ja, QStringLiteral("障害を宣言し、指揮者を決める"));
        QCOMPARE(saved.updatedBy, QStringLiteral("tester"));
    }

    void invalidEditIsRefusedWithItsPlace()
    {
        TemplateEditorDialog dialog(m_tc->core());
        dialog.show();
        dialog.selectTemplate(QStringLiteral("sev4"));
        QTest::mouseClick(child<QPushButton>(dialog, "templateAddItem"), Qt::LeftButton); // left empty
        QTest::mouseClick(child<QPushButton>(dialog, "templateSave"), Qt::LeftButton);
        auto* message = child<QLabel>(dialog, "templateMessage");
        QVERIFY2(message->text().contains(QStringLiteral("項目 2")), qPrintable(message->text()));
        QVERIFY(m_tc->core().templates().get(QStringLiteral("sev4"))->isBuiltIn());
        QTest::mouseClick(child<QPushButton>(dialog, "templateRemoveItem"), Qt::LeftButton);
        QVERIFY(dialog.save());
    }

    void unsavedEditsAreNotDroppedSilently()
    {
        TemplateEditorDialog dialog(m_tc->core());
        dialog.show();
        dialog.selectTemplate(QStringLiteral("sev2"));
        dialog.selectItem(0);
        replaceText(child<QLineEdit>(dialog, "itemTextEn"), QStringLiteral("Changed"));
        QVERIFY(dialog.isDirty());
        auto* combo = child<QComboBox>(dialog, "templateCombo");
        const int sev3 = combo->findData(QStringLiteral("sev3"));
        TestSupport::whenModalShown([](QWidget* box) { static_cast<QDialog*>(box)->reject(); }); // Cancel
        combo->setCurrentIndex(sev3);
        emit combo->activated(sev3);
        QCOMPARE(dialog.working().key, QStringLiteral("sev2"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("sev2"));
        QVERIFY(dialog.isDirty());
        TestSupport::whenModalShown([](QWidget* box) {
            auto* mb = qobject_cast<QMessageBox*>(box);
            QVERIFY(mb);
            mb->button(QMessageBox::Discard)->click();
        });
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void copyAsNewTemplate()
    {
        TemplateEditorDialog dialog(m_tc->core());
        dialog.show();
        dialog.selectTemplate(QStringLiteral("sev2"));
        QVERIFY(!dialog.copyAs(QStringLiteral("sev3"))); // a shipped key
        QVERIFY(!dialog.copyAs(QStringLiteral("Bad Key")));
        QVERIFY(dialog.copyAs(QStringLiteral("payments")));
        replaceText(child<QLineEdit>(dialog, "templateNameJa"), QStringLiteral("決済の対応手順"));
        auto* severity = child<QComboBox>(dialog, "templateSeverity");
        QVERIFY(severity->isEnabled());
        QCOMPARE(severity->currentData().toInt(), 0);
        QVERIFY(dialog.save());
        const ChecklistTemplate saved = m_tc->core().templates().get(QStringLiteral("payments")).value();
        QCOMPARE(saved.name.ja, QStringLiteral("決済の対応手順"));
        QVERIFY(!saved.severity.has_value());
        QCOMPARE(saved.items.size(), m_tc->core().templates().get(QStringLiteral("sev2"))->items.size());
        QVERIFY(
            m_tc->core().templates().get(QStringLiteral("sev2"))->isBuiltIn()); // the original is untouched

        dialog.selectTemplate(QStringLiteral("payments")); // now make it the SEV2 playbook
        severity->setCurrentIndex(severity->findData(int(Severity::Sev2)));
        emit severity->activated(severity->currentIndex());
        QVERIFY(dialog.save());
        QCOMPARE(m_tc->core().templates().forSeverity(Severity::Sev2)->key, QStringLiteral("payments"));
        dialog.selectTemplate(QStringLiteral("sev1"));
        QVERIFY(!severity->isEnabled()); // a shipped playbook keeps its severity
    }

    void importBrokenFileChangesNothingAndExportWorks()
    {
        TemplateEditorDialog dialog(m_tc->core());
        dialog.show();
        dialog.selectTemplate(QStringLiteral("sev2"));
        const QString out = m_tc->path(QStringLiteral("sev2.json"));
        QVERIFY(dialog.exportFile(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        const QString broken = m_tc->path(QStringLiteral("broken.json"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(json).replace("\"communications\"", "\"広報\""));
        b.close();
        QVERIFY(!dialog.importFile(broken));
        const QString msg = child<QLabel>(dialog, "templateMessage")->text();
        QVERIFY2(msg.contains(QStringLiteral("$.items[")) && msg.contains(QStringLiteral(".role")),
                 qPrintable(msg));
        QVERIFY(m_tc->core().templates().get(QStringLiteral("sev2"))->isBuiltIn());

        json.replace("\"key\": \"sev2\"", "\"key\": \"payments\"");
        QVERIFY(b.open(QIODevice::WriteOnly | QIODevice::Truncate));
        b.write(json);
        b.close();
        QVERIFY(dialog.importFile(broken));
        QCOMPARE(dialog.working().key, QStringLiteral("payments"));
        QCOMPARE(child<QComboBox>(dialog, "templateCombo")->currentData().toString(),
                 QStringLiteral("payments"));
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
