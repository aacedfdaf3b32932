// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace petinfo::client {

/** The gallery's grid of cards. Its viewport is opaque: it paints its own background (the
 *  palette's base colour, which the kiosk's style sheet sets to the window's colour) under the
 *  cards. Over a transparent viewport Qt repaints every widget beneath it at each scroll step,
 *  and cannot scroll by moving what is already painted. */
class CardGridView final : public QListView
{
    Q_OBJECT

public:
    explicit CardGridView(QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace petinfo::client
