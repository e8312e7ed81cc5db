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

#include <algorithm>

namespace {
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // of the translation: "unfinished", "vanished" … or empty
    QString text;      // a plain message's translation
    QStringList forms; // a plural message's forms
};

// The messages of a .ts file; one message naming the problem when the file cannot be read.
QList<TsMessage> messages(const QString& tsPath)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return {TsMessage{QStringLiteral("cannot read"), tsPath, true, QStringLiteral("unfinished"), {}, {}}};
    QList<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            out << TsMessage{
                context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {},      {}, {}};
        } else if (out.isEmpty()) {
            continue;
        } else if (xml.name() == QLatin1String("source")) {
            out.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            out.last().type = xml.attributes().value(QLatin1String("type")).toString();
            if (!out.last().numerus)
                out.last().text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("numerusform")) {
            out.last().forms << xml.readElementText();
            out.last().text += out.last().forms.constLast();
        }
    }
    return out;
}

// Sources of messages whose Japanese translation is missing or unfinished.
QStringList unfinished(const QString& tsPath)
{
    QStringList missing;
    for (const TsMessage& m : messages(tsPath))
        if (m.type == QLatin1String("unfinished") || (m.type.isEmpty() && m.text.trimmed().isEmpty()))
            missing << m.context + QStringLiteral(": ") + m.source;
    return missing;
}

// Plural messages of the English catalogue whose forms are missing or still say "(s)": without both
// forms the English build shows the source text, "channel(s)".
QStringList unfinishedEnglishPlurals(const QString& tsPath)
{
    QStringList bad;
    for (const TsMessage& m : messages(tsPath)) {
        if (!m.numerus)
            continue;
        const bool written = m.type.isEmpty() && m.forms.size() == 2 &&
                             std::none_of(m.forms.cbegin(), m.forms.cend(), [](const QString& f) {
                                 return f.trimmed().isEmpty() || f.contains(QLatin1String("(s)"));
                             });
        if (!written)
            bad << m.context + QStringLiteral(": ") + m.source;
    }
    return bad;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void committedCatalogueIsFinished();
    void englishPluralsAreWritten();
    void catalogueCoversEverySourceString();
    void switchesAtRunTime();
};

void TestTranslations::committedCatalogueIsFinished()
{
    const QStringList missing = unfinished(TestSupport::sourcePath(QStringLiteral("translations/incident-commander_ja.ts")));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreWritten()
{
    const QStringList bad = unfinishedEnglishPlurals(
        TestSupport::sourcePath(QStringLiteral("translations/incident-commander_en.ts")));
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
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
