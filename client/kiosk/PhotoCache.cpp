// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/PhotoCache.h"

#include <QBuffer>
#include <QImageReader>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace petinfo::client {

namespace {

/** Where every photo cache decodes: one core fewer than the machine has (at least one thread).
 *  Decoding on every core takes the GUI thread's core away in the middle of a frame: on a
 *  two-core kiosk, scrolling to new cards then stuttered while their photos decoded. */
QThreadPool& decodePool()
{
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return *pool;
}

} // namespace

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
    if (m_pending.contains(photoId) || m_missing.contains(photoId) || m_queued.contains(photoId)) {
        return {};
    }
    // Asked for while a view paints: reading the bytes and waking a decoder now would take that
    // time (and, on a small machine, the core) from the frame being painted.
    m_queued.append(photoId);
    if (!m_startScheduled) {
        m_startScheduled = true;
        QMetaObject::invokeMethod(this, &PhotoCache::startQueued, Qt::QueuedConnection);
    }
    return {};
}

void PhotoCache::startQueued()
{
    m_startScheduled = false;
    for (const QString& photoId : std::exchange(m_queued, {})) {
        const QByteArray bytes = m_loader(photoId);
        if (bytes.isEmpty()) {
            // Not downloaded yet: asked again after the next sync (clear()).
            m_missing.insert(photoId);
            continue;
        }
        auto* watcher = new QFutureWatcher<QImage>(this);
        m_pending.insert(photoId, watcher);
        connect(watcher, &QFutureWatcher<QImage>::finished, this,
                [this, photoId, watcher] { finished(photoId, watcher); });
        watcher->setFuture(
            QtConcurrent::run(&decodePool(), [bytes, size = m_size] { return decodeCovering(bytes, size); }));
    }
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
    startQueued();
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
