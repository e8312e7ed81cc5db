#include "csv.h"

#include <QCoreApplication>

Csv::Parsed Csv::parse(const QString& text)
{
    Parsed out;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // Blank lines carry no record.
        if (!(row.fields.size() == 1 && row.fields.constFirst().trimmed().isEmpty()))
            out.rows << row;
        row = Row();
        row.line = line;
    };
    int quoteLine = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        out.error = QCoreApplication::translate("Csv", "A quoted field is never closed.");
        out.errorLine = quoteLine;
        return out;
    }
    if (fieldStarted || !row.fields.isEmpty())
        endRow();
    return out;
}

QString Csv::field(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString Csv::line(const QStringList& values)
{
    QStringList fields;
    for (const QString& v : values)
        fields << field(v);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
