#pragma once

#include <QString>

class ReportDocument;

// Writes a ReportDocument as GitHub-flavoured Markdown (tables), every piece of text escaped.
class MarkdownRenderer final
{
public:
    static QString render(const ReportDocument& doc);
};
