#pragma once

#include "reportdocument.h"

struct ReportData;
class ReportLanguage;

// A one-page executive summary: severity, status, impact and its duration, the latest update, decisions needed, follow-up progress.
class ExecutiveSummaryBuilder final
{
public:
    static ReportDocument build(const ReportData& data, const ReportLanguage& lang);
};
