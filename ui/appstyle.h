#pragma once

#include <QProxyStyle>

// The application's style: the platform's default style, except that the standard icons nobody sees at
// start-up (the menu and tool bars' overflow arrows) are made when first drawn, not when their bar is
// built. See DeferredIconEngine for why that matters.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    AppStyle();
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};
