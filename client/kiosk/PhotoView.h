// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace petinfo::client {

/** A photo drawn as large as the widget allows, aspect kept, centred; a line of text where there
 *  is no photo. Scales when the widget does (unlike a label's fixed pixmap). */
class PhotoView final : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoView(QWidget* parent = nullptr);

    void setImage(const QImage& image, const QString& placeholder = {});
    const QImage& image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QString m_placeholder;
};

} // namespace petinfo::client
