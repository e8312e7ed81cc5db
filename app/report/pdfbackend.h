#pragma once

#include "result.h"

#include <QString>

#include <functional>

// The core builds HTML only; turning it into PDF needs Qt Gui (fonts, QPdfWriter), which the core must not
// link. A program that can render PDF (the window; icctl when it started a QGuiApplication) installs the
// renderer from ic_pdf at start-up; without one, PDF export fails with a clear message.
namespace PdfBackend {
using Renderer = std::function<Status(const QString& html, const QString& title, const QString& path)>;
void install(Renderer renderer);
bool available();
Status render(const QString& html, const QString& title, const QString& path);
} // namespace PdfBackend
