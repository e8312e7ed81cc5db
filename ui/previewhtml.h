#pragma once

#include "services/notificationservice.h"

#include <QString>

// Renders what a destination will show for one update (rich text for QTextBrowser): Slack blocks,
// a Mattermost attachment, a Teams Adaptive Card, a Discord embed (dark, as Discord draws it), or for
// generic JSON the signed request itself. Built from the same payload that will be sent.
namespace PreviewHtml {
QString render(const ChannelPreview& preview);
// *bold* and _italic_ (Slack mrkdwn and Markdown alike), line breaks; everything else escaped.
QString inlineMarkup(const QString& text);
} // namespace PreviewHtml
