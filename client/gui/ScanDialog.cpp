// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ScanDialog.h"

#include "petinfo/report/TagUrl.h"

#include <QCamera>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtConcurrent>

namespace petinfo::client {

namespace {

// A few decodes a second find a tag quickly without keeping a core busy; a frame that arrives while
// the previous one is still being decoded is dropped.
constexpr qint64 kDecodeIntervalMs = 200;
constexpr int kMaxShownTextChars = 60;

QString elided(const QString& text)
{
    return text.size() > kMaxShownTextChars ? text.left(kMaxShownTextChars - 1) + QChar(0x2026) : text;
}

} // namespace

ScanDialog::ScanDialog(QWidget* parent)
    : QDialog(parent)
    , m_stack(new QStackedWidget(this))
    , m_viewfinder(new QVideoWidget(this))
    , m_placeholder(new QLabel(this))
    , m_hint(new QLabel(tr("Hold the tag's QR code in front of the camera, about a hand's width away. The pet "
                           "opens as soon as the code is read."),
                        this))
    , m_status(new QLabel(this))
    , m_cameras(new QComboBox(this))
    , m_session(new QMediaCaptureSession(this))
    , m_watcher(new QFutureWatcher<std::vector<report::DecodedQr>>(this))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Scan a Tag with the Camera"));
    const QFontMetrics fm = fontMetrics();
    m_viewfinder->setObjectName(QStringLiteral("viewfinder"));
    m_placeholder->setObjectName(QStringLiteral("viewfinderPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(fm.height());
    // Dark like a viewfinder, so the window keeps its shape when there is no picture.
    m_placeholder->setAutoFillBackground(true);
    QPalette dark = m_placeholder->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_placeholder->setPalette(dark);
    QFont large = m_placeholder->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    m_placeholder->setFont(large);
    m_stack->addWidget(m_viewfinder);
    m_stack->addWidget(m_placeholder);
    m_stack->setMinimumSize(fm.averageCharWidth() * 80, fm.height() * 22);
    m_hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("scanStatusLabel"));
    m_status->setWordWrap(true);
    m_cameras->setObjectName(QStringLiteral("cameraComboBox"));

    auto* cameraLabel = new QLabel(tr("&Camera:"), this);
    cameraLabel->setBuddy(m_cameras);
    auto* cameraRow = new QHBoxLayout;
    cameraRow->addWidget(cameraLabel);
    cameraRow->addWidget(m_cameras, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto* photo = buttons->addButton(tr("Use a &Photo Instead…"), QDialogButtonBox::ActionRole);
    photo->setObjectName(QStringLiteral("usePhotoButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(photo, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT imageRequested();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(cameraRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_session->setVideoOutput(m_viewfinder);
    connect(m_viewfinder->videoSink(), &QVideoSink::videoFrameChanged, this, &ScanDialog::frameArrived);
    connect(m_watcher, &QFutureWatcher<std::vector<report::DecodedQr>>::finished, this, &ScanDialog::decoded);

    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice& camera : cameras) {
        m_cameras->addItem(camera.description());
        if (camera.isDefault()) {
            m_cameras->setCurrentIndex(m_cameras->count() - 1);
        }
    }
    cameraLabel->setVisible(cameras.size() > 1);
    m_cameras->setVisible(cameras.size() > 1);
    connect(m_cameras, &QComboBox::currentIndexChanged, this, &ScanDialog::startCamera);
    if (cameras.isEmpty()) {
        m_hint->hide();
        showPlaceholder(tr("No camera was found."));
        setStatus(tr("Connect a camera and open this window again, or use a photo of the tag."));
    } else {
        startCamera(m_cameras->currentIndex());
    }
    m_sinceDecode.start();
}

ScanDialog::~ScanDialog()
{
    if (m_camera) {
        m_camera->stop();
    }
    // A decode still running only reads its own copy of the frame.
    m_watcher->disconnect(this);
}

bool ScanDialog::hasCamera()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void ScanDialog::startCamera(int index)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (index < 0 || index >= cameras.size()) {
        return;
    }
    if (m_camera) {
        m_camera->stop();
        m_camera->deleteLater();
    }
    m_camera = new QCamera(cameras.at(index), this);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString& text) {
        if (error != QCamera::NoError) {
            showPlaceholder(tr("The camera cannot be used: %1").arg(text));
        }
    });
    m_session->setCamera(m_camera);
    showPlaceholder({});
    m_camera->start();
    setStatus(tr("Looking for a QR code…"));
}

void ScanDialog::frameArrived(const QVideoFrame& frame)
{
    if (found() || m_watcher->isRunning() || m_sinceDecode.elapsed() < kDecodeIntervalMs) {
        return;
    }
    decodeImage(frame.toImage());
}

void ScanDialog::decodeImage(const QImage& image)
{
    if (image.isNull() || m_watcher->isRunning() || found()) {
        return;
    }
    m_sinceDecode.restart();
    // One quick pass per frame: the next frame is another chance, so no slow retries here.
    report::DecodeOptions options;
    options.tryHarder = false;
    m_watcher->setFuture(QtConcurrent::run([image, options] { return report::decodeQrCodes(image, options); }));
}

void ScanDialog::decoded()
{
    const std::vector<report::DecodedQr> codes = m_watcher->result();
    for (const report::DecodedQr& code : codes) {
        if (auto tag = report::tagIdFromScan(code.text)) {
            m_tagId = QString::fromStdString(*tag);
            if (m_camera) {
                m_camera->stop();
            }
            setStatus(tr("Found tag %1.").arg(report::shortTagId(*tag)));
            Q_EMIT tagFound(m_tagId);
            accept();
            return;
        }
        // A kennel card of an animal up for adoption carries its adoption page, not its tag.
        if (auto pet = report::petIdFromAdoptionScan(code.text)) {
            m_petId = QString::fromStdString(*pet);
            if (m_camera) {
                m_camera->stop();
            }
            setStatus(tr("Found an adoption kennel card."));
            Q_EMIT petFound(m_petId);
            accept();
            return;
        }
    }
    if (!codes.empty()) {
        setStatus(tr("This QR code is not a Pet Info tag: %1").arg(elided(codes.front().text)));
    }
}

void ScanDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void ScanDialog::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_viewfinder) : m_placeholder);
}

} // namespace petinfo::client
