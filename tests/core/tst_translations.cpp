// Fails when a user-visible string of app/ or ui/ has no finished Japanese translation.
#include "localizer.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// Sources of messages whose Japanese translation is missing or unfinished.
QStringList unfinished(const QString& tsPath)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QStringList missing;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || (type.isEmpty() && text.trimmed().isEmpty()))
                missing << context + QStringLiteral(": ") + source;
        }
    }
    return missing;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void committedCatalogueIsFinished();
    void catalogueCoversEverySourceString();
    void switchesAtRunTime();
};

void TestTranslations::committedCatalogueIsFinished()
{
    const QStringList missing = unfinished(TestSupport::sourcePath(QStringLiteral("translations/incident-commander_ja.ts")));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueCoversEverySourceString()
{
    // Run lupdate over the sources into a copy: any string added without a translation shows up unfinished.
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (!QFile::exists(lupdate))
        QFAIL("lupdate is not installed (qt6-l10n-tools); tools/setup-debian.sh installs it");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("incident-commander_ja.ts"));
    QVERIFY(QFile::copy(TestSupport::sourcePath(QStringLiteral("translations/incident-commander_ja.ts")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.setWorkingDirectory(TestSupport::sourcePath(QString()));
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                      QStringLiteral("none"), QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList missing = unfinished(copy);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::switchesAtRunTime()
{
    Localizer l;
    QVERIFY(l.setLanguage(QStringLiteral("ja")));
    QCOMPARE(QCoreApplication::translate("IncidentStatus", "Investigating"), QStringLiteral("調査中"));
    QVERIFY(l.setLanguage(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("IncidentStatus", "Investigating"), QStringLiteral("Investigating"));
    QVERIFY(!l.setLanguage(QStringLiteral("fr")));
    QCOMPARE(l.language(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
