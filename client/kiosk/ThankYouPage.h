// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace petinfo::client {

/** After sending: thanks, what happens next, and the way back to the animals (it also goes back
 *  by itself after a while). */
class ThankYouPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ThankYouPage(QWidget* parent = nullptr);
    void showFor(const QString& applicantName, const QString& petName);
    /** Forgets the names shown. */
    void clear();

Q_SIGNALS:
    void doneRequested();

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace petinfo::client
