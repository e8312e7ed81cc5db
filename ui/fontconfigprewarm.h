#pragma once

#include <thread>

// Reads fontconfig's configuration on a second thread while the main thread opens the database. The first
// text the window measures makes Qt's font database call FcInit(), which parses some sixty XML files (about
// a fifth of the window's start-up); done here, it overlaps work that does not need fonts, and Qt's own
// FcInit() then finds the configuration loaded.
//
// Create it right after the QApplication, not before: QCoreApplication calls setlocale(), which must not run
// while fontconfig parses numbers (its strtod reads the locale's decimal point; setlocale is MT-unsafe).
// Call wait() before building widgets, so that Qt does not start a second, concurrent parse of its own.
class FontconfigPrewarm final
{
public:
    FontconfigPrewarm();
    ~FontconfigPrewarm();
    void wait();
    FontconfigPrewarm(const FontconfigPrewarm&) = delete;
    FontconfigPrewarm& operator=(const FontconfigPrewarm&) = delete;

private:
    std::thread m_thread;
};
