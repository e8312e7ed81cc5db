#include "fontconfigprewarm.h"

#include <fontconfig/fontconfig.h>

FontconfigPrewarm::FontconfigPrewarm() : m_thread([] { FcInit(); }) {}

FontconfigPrewarm::~FontconfigPrewarm()
{
    wait();
}

void FontconfigPrewarm::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
