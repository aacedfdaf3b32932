// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStatusBar>

namespace petinfo::client {

/** The main window's status bar. QStatusBar paints a temporary message up to 2 px from the first
 *  permanent widget and cuts it there, so a long one ("Automatic backup saved: /home/…") ran
 *  into the counters. This one leaves a gap before them, shortens the message in the middle with
 *  "…" when it does not fit (a path keeps its start and its file name), and shows the whole
 *  message as the tooltip. Messages are still shown with showMessage(). */
class StatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget* parent = nullptr);

    /** Where the message is painted: up to the gap before the leftmost permanent widget. */
    QRect messageRect() const;
    /** The message as painted (shortened if needed). */
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int gap() const;
};

} // namespace petinfo::client
