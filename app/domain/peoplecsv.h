#pragma once

#include "person.h"

#include <QList>
#include <QString>
#include <QStringList>

// The roster's CSV form: a header row naming the columns (any order; "name" is required), then one person
// per row. Lists (languages, skills) are separated by ';'. Parsing reports every bad row, not just the first.
namespace PeopleCsv {
struct Imported
{
    Person person;
    int line = 0;
};

struct Parsed
{
    QList<Imported> people;
    QStringList errors; // "Line 4: the name is missing." — translated, one per bad row
    bool ok() const { return errors.isEmpty(); }
};

QStringList columns(); // name, handle, phone, email, team, languages, skills
Parsed parse(const QString& text);
QString format(const QList<Person>& people);
} // namespace PeopleCsv
