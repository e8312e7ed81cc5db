#pragma once

#include "testsupport.h"

#include <QString>
#include <QStringList>

// poppler-utils (pdftotext, pdfinfo, pdffonts) for the PDF tests; tools/setup-debian.sh installs them.
namespace PdfTools {
// Runs a tool to the end; exitCode -1 when it could not start or did not finish.
TestSupport::Run run(const QString& program, const QStringList& arguments);
// The code points of `text` in the CJK radical blocks (U+2E80–U+2FDF), as "⽇ U+2F47" items.
QStringList radicals(const QString& text);
// Every destination code point of the file's unfiltered ToUnicode CMaps (bfchar and bfrange, as written).
QList<char32_t> toUnicodeTargets(const QByteArray& pdf);
// Empty when pdftotext and pdfinfo read the file without a complaint, else what they said.
QString complaints(const QString& path);
} // namespace PdfTools
