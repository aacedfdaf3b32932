// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace petinfo::client {

class AnimalModel;
class PhotoCache;
class PhotoView;

/** What an idle gallery turns into: one animal after another, large, with its name. A touch
 *  anywhere stops it (the kiosk window then shows the gallery). */
class SlideshowPage final : public QWidget
{
    Q_OBJECT

public:
    SlideshowPage(AnimalModel& animals, PhotoCache& photos, int intervalMs, QWidget* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int currentRow() const { return m_row; }
    void advance();

Q_SIGNALS:
    void touched();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    AnimalModel& m_animals;
    PhotoCache& m_photos;
    QTimer m_timer;
    int m_row = -1;
    PhotoView* m_photo;
    QLabel* m_name;
    QLabel* m_hint;
};

} // namespace petinfo::client
