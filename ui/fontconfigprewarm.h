#pragma once

#include <thread>

// Reads fontconfig's configuration on a second thread while the main thread starts Qt and opens the
// database. The first text the window measures makes Qt's font database call FcInit(), which parses
// some sixty XML files (about a quarter of the window's start-up); done here, it overlaps work that does
// not need fonts, and Qt's own FcInit() then finds the configuration loaded. fontconfig is thread-safe,
// and if Qt gets there first the two loads race harmlessly: one configuration is kept, the other freed.
// Create it first thing in main(); the destructor waits for the thread.
class FontconfigPrewarm final
{
public:
    FontconfigPrewarm();
    ~FontconfigPrewarm();
    FontconfigPrewarm(const FontconfigPrewarm&) = delete;
    FontconfigPrewarm& operator=(const FontconfigPrewarm&) = delete;

private:
    std::thread m_thread;
};
