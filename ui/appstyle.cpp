#include "appstyle.h"

#include "deferrediconengine.h"

#include <QPointer>

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    if (standardIcon != SP_ToolBarHorizontalExtensionButton && standardIcon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // The option is only valid during this call; the widget may be gone when the icon is first drawn.
    QPointer<const QWidget> guard(widget);
    QPointer<const AppStyle> self(this);
    return QIcon(new DeferredIconEngine([self, guard, standardIcon] {
        return self ? self->QProxyStyle::standardIcon(standardIcon, nullptr, guard.data()) : QIcon();
    }));
}
