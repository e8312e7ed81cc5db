#include "peoplecsv.h"

#include "csv.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString lineError(int line, const QString& message)
{
    return QCoreApplication::translate("PeopleCsv", "Line %1: %2").arg(line).arg(message);
}
} // namespace

QStringList PeopleCsv::columns()
{
    return {QStringLiteral("name"),  QStringLiteral("handle"), QStringLiteral("phone"),
            QStringLiteral("email"), QStringLiteral("team"),   QStringLiteral("languages"),
            QStringLiteral("skills")};
}

PeopleCsv::Parsed PeopleCsv::parse(const QString& text)
{
    Parsed out;
    QString body = text;
    if (body.startsWith(QChar(0xfeff))) // a BOM, as Excel writes
        body.remove(0, 1);
    const Csv::Parsed csv = Csv::parse(body);
    if (!csv.error.isEmpty()) {
        out.errors << lineError(csv.errorLine, csv.error);
        return out;
    }
    if (csv.rows.isEmpty()) {
        out.errors << QCoreApplication::translate("PeopleCsv",
                                                  "The file is empty: it needs a header row "
                                                  "(name,handle,phone,email,team,languages,skills).");
        return out;
    }
    QHash<QString, int> index;
    const Csv::Row& header = csv.rows.constFirst();
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed().toLower();
        if (!columns().contains(name)) {
            out.errors << lineError(header.line,
                                    QCoreApplication::translate("PeopleCsv", "unknown column \"%1\"; "
                                                                             "known columns: %2.")
                                        .arg(header.fields.at(c), columns().join(QStringLiteral(", "))));
            continue;
        }
        index.insert(name, c);
    }
    if (!index.contains(QStringLiteral("name")))
        out.errors << lineError(
            header.line, QCoreApplication::translate("PeopleCsv", "the header has no \"name\" column."));
    if (!out.errors.isEmpty())
        return out;

    QHash<QString, int> handleLines;
    for (int r = 1; r < csv.rows.size(); ++r) {
        const Csv::Row& row = csv.rows.at(r);
        if (row.fields.size() > header.fields.size()) {
            out.errors << lineError(row.line,
                                    QCoreApplication::translate("PeopleCsv", "%1 fields, but the header "
                                                                             "has %2.")
                                        .arg(row.fields.size())
                                        .arg(header.fields.size()));
            continue;
        }
        auto value = [&](const char* column) {
            const int c = index.value(QString::fromLatin1(column), -1);
            return c >= 0 && c < row.fields.size() ? row.fields.at(c).trimmed() : QString();
        };
        Person p;
        p.name = value("name");
        p.handle = People::normalizeHandle(value("handle"));
        p.phone = value("phone");
        p.email = value("email");
        p.team = value("team");
        p.languages = People::splitList(value("languages"));
        p.skills = People::splitList(value("skills"));
        if (p.name.isEmpty()) {
            out.errors << lineError(row.line,
                                    QCoreApplication::translate("PeopleCsv", "the name is missing."));
            continue;
        }
        if (p.name.size() > People::maxNameLength) {
            out.errors << lineError(row.line,
                                    QCoreApplication::translate("PeopleCsv", "the name is longer than %1 "
                                                                             "characters.")
                                        .arg(People::maxNameLength));
            continue;
        }
        if (!p.handle.isEmpty()) {
            const QString key = p.handle.toLower();
            if (handleLines.contains(key)) {
                out.errors << lineError(row.line,
                                        QCoreApplication::translate("PeopleCsv", "the handle @%1 is also "
                                                                                 "on line %2.")
                                            .arg(p.handle)
                                            .arg(handleLines.value(key)));
                continue;
            }
            handleLines.insert(key, row.line);
        }
        out.people << Imported{p, row.line};
    }
    return out;
}

QString PeopleCsv::format(const QList<Person>& people)
{
    QString out = Csv::line(columns());
    for (const Person& p : people)
        out += Csv::line({p.name, p.handle, p.phone, p.email, p.team, p.languages.join(QStringLiteral("; ")),
                          p.skills.join(QStringLiteral("; "))});
    return out;
}
