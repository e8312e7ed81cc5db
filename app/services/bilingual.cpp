#include "bilingual.h"

#include "domain/role.h"
#include "report/reportlanguage.h"

namespace Bilingual {

Arg::Arg(const QString& same) : m_in([same](const ReportLanguage&) { return same; }) {}

Arg::Arg(const LocalizedText& perLanguage)
    : m_in([perLanguage](const ReportLanguage& l) { return perLanguage.in(l.code()); })
{
}

Arg::Arg(std::function<QString(const ReportLanguage&)> inLanguage) : m_in(std::move(inLanguage)) {}

Arg Arg::number(qint64 n)
{
    return Arg(QString::number(n));
}

Arg Arg::label(const char* context, const char* source)
{
    return Arg([context, source](const ReportLanguage& l) { return l.translate(context, source); });
}

Arg Arg::roleName(const RoleDefinition& role)
{
    return Arg([role](const ReportLanguage& l) { return l.role(role); });
}

QString Arg::in(const ReportLanguage& language) const
{
    return m_in(language);
}

namespace {
QString fill(const QString& pattern, const QStringList& args, int n)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const QChar next = i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
        if (c == QLatin1Char('%') && next >= QLatin1Char('1') && next <= QLatin1Char('9') &&
            next.unicode() - '1' < args.size()) {
            out += args.at(next.unicode() - '1');
            ++i;
        } else if (c == QLatin1Char('%') && next == QLatin1Char('n') && n >= 0) {
            out += QString::number(n);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

// The two product languages, each with its own catalogue (never installed on the application).
const ReportLanguage& english()
{
    static const ReportLanguage language(QStringLiteral("en"));
    return language;
}

const ReportLanguage& japanese()
{
    static const ReportLanguage language(QStringLiteral("ja"));
    return language;
}

QString render(const ReportLanguage& language, const char* context, const char* source,
               std::initializer_list<Arg> args, int n)
{
    QStringList values;
    for (const Arg& a : args)
        values << a.in(language);
    return fill(language.translate(context, source, n), values, n);
}
} // namespace

LocalizedText text(const char* context, const char* source, std::initializer_list<Arg> args, int n)
{
    return {render(english(), context, source, args, n), render(japanese(), context, source, args, n)};
}

LocalizedText join(const LocalizedText& first, const LocalizedText& second)
{
    return {first.en + QLatin1Char(' ') + second.en, first.ja + second.ja};
}

LocalizedText lines(std::initializer_list<Arg> parts)
{
    QStringList en, ja;
    for (const Arg& a : parts) {
        en << a.in(english());
        ja << a.in(japanese());
    }
    return {en.join(QLatin1Char('\n')), ja.join(QLatin1Char('\n'))};
}

} // namespace Bilingual
