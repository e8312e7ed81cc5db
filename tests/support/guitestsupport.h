#pragma once

#include <QString>

#include <functional>

class QWidget;

// Helpers for widget tests; linked only by tests declared GUI, so core tests stay free of widgets.
namespace TestSupport {

// Types text into a widget one character at a time, as an input method would commit it. QTest::keyClicks
// asserts on non-Latin-1 characters, so Japanese goes through here.
void typeText(QWidget* widget, const QString& text);

// Runs `action` on the next modal dialog (or message box) once it is shown; for driving exec() calls.
void whenModalShown(std::function<void(QWidget* dialog)> action);

} // namespace TestSupport
