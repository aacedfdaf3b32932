// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace petinfo::client {

class AttachmentModel;
class PetService;
class Prompts;

/** The editor's Photos & documents tab. Files are copied into the encrypted database (never left
 *  readable next to it); a photo preview, "set as main photo", save a copy, remove. */
class AttachmentsPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxFileBytes = 25LL * 1024 * 1024;

    AttachmentsPage(PetService& service, Prompts& prompts, QWidget* parent = nullptr);

    void setPetId(const QString& petId);
    AttachmentModel* model() const { return m_model; }

    /** Adds a file from disk; returns false (after telling the user) when it cannot be read. */
    bool addFile(const QString& path, AttachmentKind kind);
    void saveCopy();
    void setMainPhoto();
    void removeSelected();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    const Attachment* selected() const;
    void updatePreview();

    PetService& m_service;
    Prompts& m_prompts;
    AttachmentModel* m_model;
    QTableView* m_table;
    QLabel* m_preview;
    QPushButton* m_addPhoto;
    QPushButton* m_addDocument;
    QPushButton* m_save;
    QPushButton* m_main;
    QPushButton* m_remove;
    QImage m_image;
};

} // namespace petinfo::client
