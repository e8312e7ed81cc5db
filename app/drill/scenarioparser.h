#pragma once

#include "result.h"
#include "scenario.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads a scenario file strictly: the wrong type, an unknown field or inject kind, an over-long text, deep
// nesting, times out of order — each is refused with the JSON path and the reason. Parsing never writes.
class ScenarioParser final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioParser)

public:
    static constexpr qint64 maxFileBytes = 512 * 1024;
    static constexpr int maxDepth = 8;
    static constexpr int maxInjects = 300;
    static constexpr int maxTextChars = 4000;
    static constexpr int maxShortChars = 120;
    static constexpr qint64 maxDurationMs = 24LL * 3600 * 1000;
    static inline const QString formatName = QStringLiteral("incident-commander/drill-scenario");

    static Result<Scenario> parse(const QByteArray& json);
    static Result<Scenario> parseFile(const QString& path);

    // Deepest nesting of arrays and objects in the text, counted without parsing it (strings skipped).
    static int nestingDepth(const QByteArray& json);
};
