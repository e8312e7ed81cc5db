#pragma once

#include "domain/assignment.h"
#include "domain/incidentstatus.h"
#include "domain/severity.h"
#include "domain/timelineentry.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <memory>

class QTranslator;
struct Briefing;
struct RoleDefinition;

// The language and time zone a report is written in, independent of the UI language.
//
// Design: report strings are marked QT_TRANSLATE_NOOP (context "Report", or the domain's own contexts for
// status, kind and severity labels) so lupdate puts them in the same .ts files as the UI. At build time
// they are looked up in a QTranslator loaded for the report language only and never installed on the
// application: building a Japanese report leaves an English window English, and no LanguageChange event
// is sent. English source text is the fallback when a message has no translation.
class ReportLanguage final
{
public:
    // `code` "ja" or "en" (anything else means English). `zone`: the reader's time zone.
    explicit ReportLanguage(const QString& code = QStringLiteral("en"), const QTimeZone& zone = QTimeZone::systemTimeZone());

    QString code() const { return m_code; }
    QTimeZone zone() const { return m_zone; }
    const QLocale& locale() const { return m_locale; }

    // A QT_TRANSLATE_NOOP("Report", ...) string in the report language.
    QString text(const char* source) const { return translate("Report", source); }
    QString translate(const char* context, const char* source) const;
    // A numerus message (QT_TRANSLATE_N_NOOP) in the form for `n`; "%n" is left in place. n < 0: none.
    QString translate(const char* context, const char* source, int n) const;

    QString status(IncidentStatus s) const;
    QString kind(EntryKind k) const;
    QString severity(Severity s) const; // "SEV1 — Critical: …"
    // A role's name: built-ins translated (the role board's own wording), custom roles in their own language.
    QString role(const RoleDefinition& role) const;
    QString assignmentEnd(AssignmentEnd e) const; // "Handed off"
    // The ICS-201 briefing as labelled lines ("Situation: …"), the parts that were written only.
    QString briefing(const Briefing& b) const;

    // "2026-11-29 18:00 JST (09:00 UTC)"; the UTC date is repeated when it differs from the local one.
    QString dateTime(const QDateTime& utc) const;
    QString localDateTime(const QDateTime& utc) const; // "2026-11-29 18:00" in the reader's zone
    QString utcDateTime(const QDateTime& utc) const;   // "2026-11-29 09:00"
    QString zoneName(const QDateTime& utc) const;      // "JST", or "UTC+09:00" when there is no abbreviation
    QString date(const QDate& day) const;
    QString duration(qint64 ms) const; // "1 h 05 min" / "1時間05分"; "—" when negative
    QString notRecorded() const;
    // What starts a list line in plain-text wording: "・" in Japanese, "• " in English.
    QString bullet() const;

private:
    QString m_code;
    QTimeZone m_zone;
    bool m_utc = false; // the reader reads UTC: no second time beside the first
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};
