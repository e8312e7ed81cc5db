#pragma once

#include "reportdocument.h"

struct ReportData;
class ReportLanguage;

// The blameless postmortem: summary, impact, root causes and contributing factors, what went well and badly, where we got lucky, the timeline oldest first, action items, lessons.
class PostmortemBuilder final
{
public:
    static ReportDocument build(const ReportData& data, const ReportLanguage& lang);
};
