#pragma once

#include <QString>

class ReportDocument;

// Writes a ReportDocument as one self-contained, printable HTML file: inline CSS, no scripts, no external
// resources, every piece of text escaped. The same HTML feeds the PDF writer (QTextDocument), so the
// markup stays within what QTextDocument understands (tables with attributes, simple CSS).
class HtmlRenderer final
{
public:
    static QString render(const ReportDocument& doc);
    static QString styleSheet();
};
