// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace petinfo::client {

struct KioskAnimal;
class PhotoCache;
class PhotoView;

/** One animal: every public photo (a large one, the others as a strip to touch), the facts,
 *  the "good with" badges, its story, the fee, and "I'd like to meet <name>". */
class AnimalPage final : public QWidget
{
    Q_OBJECT

public:
    AnimalPage(PhotoCache& photos, PhotoCache& thumbnails, QWidget* parent = nullptr);

    void showAnimal(const KioskAnimal& animal, const QString& facts);
    QString petId() const { return m_petId; }
    /** How many photos the strip shows (tests). */
    int photoCount() const { return static_cast<int>(m_photoIds.size()); }
    void showPhoto(int index);

Q_SIGNALS:
    void meetRequested(const QString& petId);
    void backRequested();

private:
    void clearBadges();

    PhotoCache& m_photos;
    PhotoCache& m_thumbnails;
    QString m_petId;
    QStringList m_photoIds;
    PhotoView* m_photo;
    QWidget* m_strip;
    QHBoxLayout* m_stripLayout;
    QLabel* m_name;
    QLabel* m_facts;
    QWidget* m_badges;
    QHBoxLayout* m_badgesLayout;
    QLabel* m_description;
    QLabel* m_fee;
    QPushButton* m_meet;
};

} // namespace petinfo::client
