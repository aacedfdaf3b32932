// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/AttachmentsPage.h"

#include "gui/Prompts.h"
#include "models/AttachmentModel.h"
#include "services/PetService.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace petinfo::client {

AttachmentsPage::AttachmentsPage(PetService& service, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new AttachmentModel(service, this))
    , m_table(new QTableView(this))
    , m_preview(new QLabel(this))
    , m_addPhoto(new QPushButton(tr("Add &photo…"), this))
    , m_addDocument(new QPushButton(tr("Add &document…"), this))
    , m_save(new QPushButton(tr("&Save a copy…"), this))
    , m_main(new QPushButton(tr("Use as &main photo"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setObjectName(QStringLiteral("attachmentsTableView"));
    m_preview->setObjectName(QStringLiteral("attachmentPreviewLabel"));
    m_addPhoto->setObjectName(QStringLiteral("addPhotoButton"));
    m_addDocument->setObjectName(QStringLiteral("addDocumentButton"));
    m_save->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_main->setObjectName(QStringLiteral("mainPhotoButton"));
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AttachmentModel::FileName, QHeaderView::Stretch);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(m_preview->fontMetrics().averageCharWidth() * 30, m_preview->fontMetrics().height() * 10);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_addPhoto, m_addDocument, m_save, m_main, m_remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    const QString images = tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)");
    connect(m_addPhoto, &QPushButton::clicked, this, [this, images] {
        const QString path = m_prompts.openFile(this, tr("Add a photo"), images);
        if (!path.isEmpty()) {
            addFile(path, AttachmentKind::Photo);
        }
    });
    connect(m_addDocument, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts.openFile(this, tr("Add a document"),
                                                tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            addFile(path, AttachmentKind::Document);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPage::saveCopy);
    connect(m_main, &QPushButton::clicked, this, &AttachmentsPage::setMainPhoto);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AttachmentsPage::updatePreview);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AttachmentsPage::updatePreview);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AttachmentsPage::updatePreview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttachmentsPage::updatePreview);
    updatePreview();
}

void AttachmentsPage::setPetId(const QString& petId)
{
    m_model->setPetId(petId);
}

bool AttachmentsPage::addFile(const QString& path, AttachmentKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.error(this, tr("Could not add the file"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        m_prompts.error(this, tr("Could not add the file"),
                        tr("%1 is larger than %2 MB.").arg(QFileInfo(path).fileName()).arg(kMaxFileBytes >> 20));
        return false;
    }
    const QByteArray data = file.readAll();
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data);
    if (kind == AttachmentKind::Photo && QImage::fromData(data).isNull()) {
        m_prompts.error(this, tr("Could not add the photo"),
                        tr("%1 is not an image this app can show.").arg(QFileInfo(path).fileName()));
        return false;
    }
    Attachment attachment;
    attachment.petId = m_model->petId().toStdString();
    attachment.kind = kind;
    attachment.fileName = QFileInfo(path).fileName().toStdString();
    attachment.mimeType = mime.name().toStdString();
    auto added = m_service.addAttachment(std::move(attachment), data);
    if (!added) {
        m_prompts.error(this, tr("Could not add the file"), describe(added.error()));
        return false;
    }
    // The first photo becomes the pet's main photo.
    if (kind == AttachmentKind::Photo && m_model->mainPhotoId().isEmpty()) {
        if (auto r = m_service.setMainPhoto(m_model->petId(), QString::fromStdString(added->id)); !r) {
            m_prompts.error(this, tr("Could not set the main photo"), describe(r.error()));
        }
    }
    return true;
}

const Attachment* AttachmentsPage::selected() const
{
    return m_model->itemFromIndex(m_table->currentIndex().siblingAtColumn(0));
}

void AttachmentsPage::saveCopy()
{
    const Attachment* a = selected();
    if (!a) {
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
                              QString::fromStdString(a->fileName);
    const QString target = m_prompts.saveFile(this, tr("Save a copy"), suggested, QString());
    if (target.isEmpty()) {
        return;
    }
    auto data = m_service.attachmentData(QString::fromStdString(a->sha256));
    if (!data) {
        m_prompts.error(this, tr("Could not save the copy"), describe(data.error()));
        return;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit()) {
        m_prompts.error(this, tr("Could not save the copy"), tr("%1: %2").arg(target, out.errorString()));
    }
}

void AttachmentsPage::setMainPhoto()
{
    const Attachment* a = selected();
    if (!a || a->kind != AttachmentKind::Photo) {
        return;
    }
    if (auto r = m_service.setMainPhoto(m_model->petId(), QString::fromStdString(a->id)); !r) {
        m_prompts.error(this, tr("Could not set the main photo"), describe(r.error()));
    }
}

void AttachmentsPage::removeSelected()
{
    const Attachment* a = selected();
    if (!a) {
        return;
    }
    const QString name = QString::fromStdString(a->fileName);
    if (!m_prompts.confirm(this, tr("Remove file"), tr("Remove \"%1\" from this pet's files?").arg(name),
                           tr("Remove"))) {
        return;
    }
    if (auto r = m_service.removeAttachment(m_model->petId(), QString::fromStdString(a->id)); !r) {
        m_prompts.error(this, tr("Could not remove the file"), describe(r.error()));
    }
}

void AttachmentsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (!m_image.isNull()) {
        updatePreview();
    }
}

void AttachmentsPage::updatePreview()
{
    const Attachment* a = selected();
    const bool has = a != nullptr;
    const bool photo = has && a->kind == AttachmentKind::Photo;
    m_save->setEnabled(has);
    m_remove->setEnabled(has);
    m_main->setEnabled(photo && QString::fromStdString(a->id) != m_model->mainPhotoId());
    m_addPhoto->setEnabled(!m_model->petId().isEmpty());
    m_addDocument->setEnabled(!m_model->petId().isEmpty());
    m_image = QImage();
    if (!has) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_model->rowCount() == 0 ? tr("No photos or documents yet.")
                                                    : tr("Select a file to preview it."));
        return;
    }
    auto data = m_service.attachmentData(QString::fromStdString(a->sha256));
    if (data) {
        m_image = QImage::fromData(*data);
    }
    if (m_image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("%1\n(no preview)").arg(QString::fromStdString(a->fileName)));
        return;
    }
    // Scale in device pixels so the preview is sharp on high-DPI screens.
    const qreal dpr = devicePixelRatioF();
    const QSize box = m_preview->contentsRect().size() * dpr;
    QPixmap pixmap = QPixmap::fromImage(m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_preview->setPixmap(pixmap);
}

} // namespace petinfo::client
