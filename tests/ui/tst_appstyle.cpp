// The application style defers the bars' overflow icons until they are drawn, so building the window does
// not load the image-format plugins (what reading Qt's first standard icon costs).
#include "appstyle.h"
#include "deferrediconengine.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

class TestAppStyle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildingAWindowLoadsNoImagePlugins();
    void deferredIconIsMadeOnceOnFirstUse();
    void copiesShareNothingUntilUsed();
    void overflowIconLooksLikeTheBaseStyles();
    void otherIconsComeStraightFromTheBaseStyle();

private:
    static bool imagePluginsLoaded();
};

void TestAppStyle::initTestCase()
{
    QApplication::setStyle(new AppStyle);
}

bool TestAppStyle::imagePluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

void TestAppStyle::buildingAWindowLoadsNoImagePlugins()
{
    QVERIFY(!imagePluginsLoaded());
    QMainWindow window;
    window.resize(900, 300); // wide enough for every menu, as the main window is
    for (const char* title : {"File", "Language", "Reports", "Drills", "Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("x"));
    window.setCentralWidget(new QWidget);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grab();
    auto* overflow = window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(overflow);
    QVERIFY(!overflow->isVisible());
    QVERIFY(!imagePluginsLoaded());
    // Too narrow for the menus: the arrow shows, and drawing it makes the real icon.
    window.resize(120, 300);
    QTRY_VERIFY(overflow->isVisible());
    window.grab();
    QVERIFY(!overflow->icon().pixmap(16, 16).isNull());
    QVERIFY(imagePluginsLoaded());
}

void TestAppStyle::deferredIconIsMadeOnceOnFirstUse()
{
    int made = 0;
    QPixmap red(8, 8);
    red.fill(Qt::red);
    const QIcon icon(new DeferredIconEngine([&made, red] {
        ++made;
        return QIcon(red);
    }));
    QCOMPARE(made, 0);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.actualSize(QSize(8, 8)), QSize(8, 8));
    QCOMPARE(made, 1);
    QCOMPARE(icon.pixmap(8, 8).toImage().pixelColor(3, 3), QColor(Qt::red));
    QImage painted(8, 8, QImage::Format_ARGB32);
    painted.fill(Qt::transparent);
    {
        QPainter p(&painted);
        icon.paint(&p, QRect(0, 0, 8, 8));
    }
    QCOMPARE(painted.pixelColor(4, 4), QColor(Qt::red));
    QCOMPARE(made, 1);
}

void TestAppStyle::copiesShareNothingUntilUsed()
{
    int made = 0;
    auto* engine = new DeferredIconEngine([&made] {
        ++made;
        QPixmap blue(4, 4);
        blue.fill(Qt::blue);
        return QIcon(blue);
    });
    std::unique_ptr<QIconEngine> copy(engine->clone());
    const QIcon icon(engine);
    QCOMPARE(made, 0);
    QVERIFY(!static_cast<DeferredIconEngine*>(copy.get())->isMade());
    QVERIFY(!copy->pixmap(QSize(4, 4), QIcon::Normal, QIcon::Off).isNull());
    QCOMPARE(made, 1);
    QVERIFY(!icon.pixmap(4, 4).isNull());
    QCOMPARE(made, 2);
}

void TestAppStyle::overflowIconLooksLikeTheBaseStyles()
{
    const AppStyle ours;
    std::unique_ptr<QStyle> base(QStyleFactory::create(ours.baseStyle()->name()));
    QVERIFY(base);
    for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QImage expected = base->standardIcon(which).pixmap(16, 16).toImage();
        QVERIFY(!expected.isNull());
        QCOMPARE(ours.standardIcon(which).pixmap(16, 16).toImage(), expected);
    }
}

void TestAppStyle::otherIconsComeStraightFromTheBaseStyle()
{
    const AppStyle ours;
    std::unique_ptr<QStyle> base(QStyleFactory::create(ours.baseStyle()->name()));
    const QImage expected = base->standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage();
    QCOMPARE(ours.standardIcon(QStyle::SP_DialogOkButton).pixmap(16, 16).toImage(), expected);
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
