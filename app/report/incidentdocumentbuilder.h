#pragma once

#include "reportdocument.h"

struct ReportData;
class ReportLanguage;

// The incident document in the SRE book's shape (Appendix C): summary, status, command post, command hierarchy with its history, exit criteria, TODOs, production changes and the timeline newest first.
class IncidentDocumentBuilder final
{
public:
    static ReportDocument build(const ReportData& data, const ReportLanguage& lang);
};
