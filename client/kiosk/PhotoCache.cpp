// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/PhotoCache.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent>

#include <utility>

namespace petinfo::client {

QImage decodeCovering(const QByteArray& bytes, QSize size)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && !full.isEmpty()) {
        // JPEG decodes at a fraction of the size far faster than it decodes and scales.
        reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatioByExpanding));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return image;
    }
    if (image.size() != size) {
        image = image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    }
    const QRect crop((image.width() - size.width()) / 2, (image.height() - size.height()) / 2, size.width(),
                     size.height());
    return image.copy(crop).convertToFormat(QImage::Format_RGB32);
}

PhotoCache::PhotoCache(Loader loader, QSize size, int maxPhotos, QObject* parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_size(size)
    , m_cache(maxPhotos)
{}

PhotoCache::~PhotoCache()
{
    waitForDecodes();
}

QImage PhotoCache::photo(const QString& photoId)
{
    if (const QImage* cached = m_cache.object(photoId)) {
        return *cached;
    }
    if (m_pending.contains(photoId) || m_missing.contains(photoId)) {
        return {};
    }
    const QByteArray bytes = m_loader(photoId);
    if (bytes.isEmpty()) {
        // Not downloaded yet: asked again after the next sync (clear()).
        m_missing.insert(photoId);
        return {};
    }
    auto* watcher = new QFutureWatcher<QImage>(this);
    m_pending.insert(photoId, watcher);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, photoId, watcher] { finished(photoId, watcher); });
    watcher->setFuture(QtConcurrent::run([bytes, size = m_size] { return decodeCovering(bytes, size); }));
    return {};
}

QImage PhotoCache::photoNow(const QString& photoId)
{
    if (const QImage* cached = m_cache.object(photoId)) {
        return *cached;
    }
    const QImage image = decodeCovering(m_loader(photoId), m_size);
    if (!image.isNull()) {
        m_cache.insert(photoId, new QImage(image));
    }
    return image;
}

void PhotoCache::finished(const QString& photoId, QFutureWatcher<QImage>* watcher)
{
    m_pending.remove(photoId);
    const QImage image = watcher->result();
    watcher->deleteLater();
    if (image.isNull()) {
        m_missing.insert(photoId);
        return;
    }
    m_cache.insert(photoId, new QImage(image));
    Q_EMIT photoReady(photoId);
}

void PhotoCache::clear()
{
    waitForDecodes();
    m_cache.clear();
    m_missing.clear();
}

void PhotoCache::waitForDecodes()
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        QFutureWatcher<QImage>* watcher = it.value();
        disconnect(watcher, nullptr, this, nullptr);
        watcher->waitForFinished();
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (image.isNull()) {
            m_missing.insert(it.key());
            continue;
        }
        m_cache.insert(it.key(), new QImage(image));
        Q_EMIT photoReady(it.key());
    }
}

} // namespace petinfo::client
