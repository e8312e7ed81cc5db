#include "fontconfigprewarm.h"

#include <fontconfig/fontconfig.h>

FontconfigPrewarm::FontconfigPrewarm() : m_thread([] { FcInit(); }) {}

FontconfigPrewarm::~FontconfigPrewarm()
{
    m_thread.join();
}
