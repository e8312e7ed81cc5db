#pragma once

#include "reportdocument.h"

struct ReportData;
class ReportLanguage;

// The customer incident report (障害報告書): overview, period of impact in the reader's zone and UTC, affected services and users, customer-visible events (entries marked public, without internal authors), cause, response, prevention.
class CustomerReportBuilder final
{
public:
    static ReportDocument build(const ReportData& data, const ReportLanguage& lang);
};
