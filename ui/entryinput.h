#pragma once

#include <QPlainTextEdit>

// The always-at-hand entry field: Enter saves, Shift+Enter starts a new line. Text committed by an input
// method (Japanese) arrives as usual; Enter that confirms a conversion never reaches keyPressEvent.
class EntryInput final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit EntryInput(QWidget* parent = nullptr);
    QSize sizeHint() const override;

signals:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};
