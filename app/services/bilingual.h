#pragma once

#include "domain/localizedtext.h"

#include <QString>

#include <functional>
#include <initializer_list>

class ReportLanguage;
struct RoleDefinition;

// Writes the app's own timeline sentences in both product languages at once (TimelineEntry::generated), so
// that each reader sees them in theirs whoever wrote them. A sentence is the writing class's existing
// message, marked QT_TRANSLATE_NOOP with that class's tr() context: its translation is already in the
// catalogue, and lupdate keeps it.
namespace Bilingual {

// One argument of a sentence: the same in both languages (names, codes, what people wrote), its own text per
// language (a checklist item, a drill inject), or worked out in each language (a status label, a role name).
class Arg
{
public:
    Arg(const QString& same);                                      // NOLINT: implicit, like QString::arg
    Arg(const LocalizedText& perLanguage);                         // NOLINT
    Arg(std::function<QString(const ReportLanguage&)> inLanguage); // NOLINT
    static Arg number(qint64 n);
    // The translation of a QT_TRANSLATE_NOOP label of `context`, such as a status or an audience.
    static Arg label(const char* context, const char* source);
    // A role's name: built-ins translated, custom roles as their owner named them in each language.
    static Arg roleName(const RoleDefinition& role);

    QString in(const ReportLanguage& language) const;

private:
    std::function<QString(const ReportLanguage&)> m_in;
};

// `source` is a QT_TRANSLATE_NOOP text of `context`, with %1… for `args` (replaced in one pass, so an
// argument's own "%2" stays as written) and, when `n` is given, %n for a count (plural forms included).
LocalizedText text(const char* context, const char* source, std::initializer_list<Arg> args = {}, int n = -1);

// Joins two sentences with what joins them in each language (a space in English, nothing in Japanese).
LocalizedText join(const LocalizedText& first, const LocalizedText& second);
// `parts` one per line; a QString part (what someone wrote) is the same in both languages.
LocalizedText lines(std::initializer_list<Arg> parts);

} // namespace Bilingual
