#pragma once

#include "result.h"

#include <QString>

// Writes report HTML as an A4 PDF through QTextDocument and QPdfWriter. The text is set in Noto Sans CJK JP
// (fonts-noto-cjk), which Qt embeds as a subset, so Japanese reads and copies on any machine.
// Needs a QGuiApplication (the offscreen platform is enough).
class PdfWriter final
{
public:
    static Status write(const QString& html, const QString& title, const QString& path);
    // Makes PdfBackend (the core's PDF hook) render through write().
    static void installAsBackend();
    static QString fontFamily();
};
