#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

// An icon that is made the first time it is drawn or measured. Qt's standard icons are read from image
// files, and reading the first one loads every image-format plugin (SVG, JPEG, GIF, ICO) to probe it;
// the menu bar asks for its overflow arrow when it is built, although the arrow shows only when the
// menus do not fit. Deferring that icon keeps the plugins out of start-up.
class DeferredIconEngine final : public QIconEngine
{
public:
    using Factory = std::function<QIcon()>;
    explicit DeferredIconEngine(Factory factory);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QString key() const override;
    QIconEngine* clone() const override;
    // Whether the icon has been made; for tests.
    bool isMade() const { return m_icon.has_value(); }

private:
    const QIcon& icon();

    Factory m_factory;
    std::optional<QIcon> m_icon;
};
