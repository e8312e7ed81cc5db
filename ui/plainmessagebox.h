#pragma once

#include <QMessageBox>

// QMessageBox's static functions show the message as rich text whenever Qt::mightBeRichText() guesses so;
// our messages quote user text (titles, names, errors naming what was typed), so these never do.
namespace PlainMessageBox {
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                            QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
void warning(QWidget* parent, const QString& title, const QString& text);
void critical(QWidget* parent, const QString& title, const QString& text);
} // namespace PlainMessageBox
