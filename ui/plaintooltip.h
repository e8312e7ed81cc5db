#pragma once

#include <QString>

// Qt shows a tool tip as rich text whenever Qt::mightBeRichText() guesses so: a title such as
// "<img src=x>" would be rendered, not shown. User text goes into tool tips through here: escaped, as
// rich text that keeps its line breaks and wraps long lines. Empty text gives no tool tip.
QString plainToolTip(const QString& text);
