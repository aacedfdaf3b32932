// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/QrDecoder.h"

#include <QDialog>
#include <QElapsedTimer>

#include <vector>

template <typename T>
class QFutureWatcher;
class QCamera;
class QComboBox;
class QImage;
class QLabel;
class QMediaCaptureSession;
class QStackedWidget;
class QVideoFrame;
class QVideoWidget;

namespace petinfo::client {

/** Reads a QR tag with a camera: a live viewfinder, and a few frames a second decoded on a worker
 *  thread until one shows a Pet Info tag (or an adoption kennel card). Then the camera stops,
 *  tagFound() (petFound()) is emitted and the dialog closes. QR codes that are not tags are named in the status line
 * and scanning goes on. Built only with Qt Multimedia (PETINFO_HAVE_CAMERA). */
class ScanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScanDialog(QWidget* parent = nullptr);
    ~ScanDialog() override;

    /** Whether a camera is connected (asks Qt Multimedia, which loads its backend). */
    static bool hasCamera();

    /** The tag id found, once tagFound() was emitted. */
    const QString& tagId() const { return m_tagId; }
    /** The animal of an adoption kennel card found, once petFound() was emitted. */
    const QString& petId() const { return m_petId; }
    /** Decodes `image` as if the camera had sent it (tests; also a frame grabbed elsewhere). */
    void decodeImage(const QImage& image);

Q_SIGNALS:
    void tagFound(const QString& tagId);
    /** An adoption kennel card's code (`…/adopt/pet/<petId>`) was read. */
    void petFound(const QString& petId);
    /** The user would rather open a photo of the tag (the dialog closes). */
    void imageRequested();

private:
    void startCamera(int index);
    void frameArrived(const QVideoFrame& frame);
    void decoded();
    bool found() const { return !m_tagId.isEmpty() || !m_petId.isEmpty(); }
    void setStatus(const QString& text);
    /** Covers the viewfinder with `text` (no camera, camera error); empty shows the camera. */
    void showPlaceholder(const QString& text);

    QStackedWidget* m_stack;
    QVideoWidget* m_viewfinder;
    QLabel* m_placeholder;
    QLabel* m_hint;
    QLabel* m_status;
    QComboBox* m_cameras;
    QMediaCaptureSession* m_session;
    QCamera* m_camera = nullptr;
    QFutureWatcher<std::vector<report::DecodedQr>>* m_watcher;
    QElapsedTimer m_sinceDecode;
    QString m_tagId;
    QString m_petId;
};

} // namespace petinfo::client
