// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QStringList>

#include <functional>

namespace petinfo::client {

/** Decoded photos at one size, made on demand off the GUI thread and kept in a bounded cache: a
 *  gallery of 500 animals scrolls without decoding on the GUI thread and without holding 1,500
 *  full-size pictures in memory. */
class PhotoCache final : public QObject
{
    Q_OBJECT

public:
    /** Reads a photo's encoded bytes (on the GUI thread: a database read); empty when missing. */
    using Loader = std::function<QByteArray(const QString& photoId)>;

    PhotoCache(Loader loader, QSize size, int maxPhotos, QObject* parent = nullptr);
    ~PhotoCache() override;

    /** The photo scaled to cover `size`, or a null image while it is being decoded (photoReady
     *  follows) or when it cannot be had. A photo not in the cache is read and decoded once
     *  control returns to the event loop: never in the middle of the paint that asked for it. */
    QImage photo(const QString& photoId);
    /** Decodes now, on the calling thread (the slideshow and detail page want it at once). */
    QImage photoNow(const QString& photoId);
    QSize size() const { return m_size; }
    void clear();
    /** Starts the decodes asked for and waits for every one in flight (tests, benchmarks). */
    void waitForDecodes();

Q_SIGNALS:
    void photoReady(const QString& photoId);

private:
    void startQueued();
    void finished(const QString& photoId, QFutureWatcher<QImage>* watcher);

    Loader m_loader;
    QSize m_size;
    QCache<QString, QImage> m_cache;
    QStringList m_queued; ///< asked for, not read yet
    bool m_startScheduled = false;
    QHash<QString, QFutureWatcher<QImage>*> m_pending;
    QSet<QString> m_missing;
};

/** Decodes encoded image bytes scaled (while decoding, where the format allows) so that it covers
 *  `size`, cropped to it. A null image for bytes that are not an image. */
QImage decodeCovering(const QByteArray& bytes, QSize size);

} // namespace petinfo::client
