#include "customerreportbuilder.h"

#include "reportdata.h"
#include "reportlanguage.h"
#include "reportsections.h"

ReportDocument CustomerReportBuilder::build(const ReportData& d, const ReportLanguage& L)
{
    ReportDocument doc = ReportSections::start(QT_TRANSLATE_NOOP("Report", "Customer incident report"), d, L);
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Reference")), d.incident.code},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Date of report")), L.dateTime(d.generatedAt)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Status")),
                   d.incident.isOpen() ? L.text(QT_TRANSLATE_NOOP("Report", "Ongoing"))
                                       : L.text(QT_TRANSLATE_NOOP("Report", "Recovered"))}});
    ReportSections::addWording(doc, "customer.overview", d, L);

    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Period of impact")));
    const QDateTime end = d.impactEnd();
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Start")), L.dateTime(d.impactStart())},
                  {L.text(QT_TRANSLATE_NOOP("Report", "End")),
                   end.isValid() ? L.dateTime(end) : L.text(QT_TRANSLATE_NOOP("Report", "Ongoing"))},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Duration")),
                   d.impactStart().isValid() && end.isValid() ? L.duration(d.impactStart().msecsTo(end)) : L.notRecorded()}});

    ReportSections::addWording(doc, "customer.affected", d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Timeline of events")));
    ReportSections::addTruncationNote(doc, d, L);
    ReportSections::addTimeline(doc, d.publicEntries(), false, false, L);
    ReportSections::addWording(doc, "customer.cause", d, L);
    ReportSections::addWording(doc, "customer.response", d, L);
    ReportSections::addWording(doc, "customer.prevention", d, L);
    ReportSections::addWording(doc, "customer.closing", d, L);
    return doc;
}
