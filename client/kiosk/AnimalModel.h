// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/KioskRepository.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class PhotoCache;

/** Age groups visitors choose from. */
enum class AgeGroup
{
    Any,
    Young,  ///< under a year: puppies and kittens
    Adult,  ///< 1 to 7 years
    Senior, ///< 8 years and over
};

/** The adoptable animals shown by the gallery, one per row, with their card texts and photo. */
class AnimalModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        FactsRole,          ///< "2 years · Female · Medium"
        FeeRole,            ///< "Adoption fee: $ 1.500,00" (the locale's money) or "No adoption fee"
        BadgesRole,         ///< QStringList: "Good with children", ...
        BadgesPositiveRole, ///< QList<bool>: for each badge, whether it says yes (else "No cats")
        PhotoIdRole,        ///< the first public photo (its sha256), or empty
        PetIdRole,
    };

    AnimalModel(const Clock& clock, PhotoCache* photos, QObject* parent = nullptr);

    void setAnimals(std::vector<KioskAnimal> animals);
    const KioskAnimal* itemFromIndex(const QModelIndex& index) const;
    const KioskAnimal* animal(const QString& petId) const;
    const std::vector<KioskAnimal>& animals() const { return m_animals; }
    const Clock& clock() const { return m_clock; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void photoReady(const QString& photoId);

    const Clock& m_clock;
    PhotoCache* m_photos;
    std::vector<KioskAnimal> m_animals;
};

/** The visitor's filters over the gallery: species, size, age group, and "good with" children,
 *  dogs or cats (only animals known to be). */
class AnimalFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /** Species filter: dogs, cats, or every other species together. */
    enum class SpeciesFilter
    {
        Any,
        Dogs,
        Cats,
        Others
    };

    explicit AnimalFilterProxyModel(QObject* parent = nullptr);

    void setSpecies(SpeciesFilter species);
    void setSize(std::optional<AnimalSize> size);
    void setAgeGroup(AgeGroup group);
    void setGoodWithChildren(bool required);
    void setGoodWithDogs(bool required);
    void setGoodWithCats(bool required);
    /** Back to every animal. */
    void clearFilters();
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void changed();

    SpeciesFilter m_species = SpeciesFilter::Any;
    std::optional<AnimalSize> m_size;
    AgeGroup m_age = AgeGroup::Any;
    bool m_children = false;
    bool m_dogs = false;
    bool m_cats = false;
};

/** The group an animal's age falls in on `today`; Any when its birth date is unknown. */
AgeGroup ageGroupOf(const std::optional<Date>& birthDate, const Date& today);
/** "2 years", "5 months", "3 weeks"; "Age unknown" without a birth date; "about" when estimated. */
QString kioskAgeText(const KioskAnimal& animal, const Date& today);
/** "No adoption fee" or "Adoption fee: 15,000.00 ARS" in the visitor's locale. */
QString feeText(const AdoptionProfile& profile);
/** The "good with" badges that are known: yes and no answers both (a visitor with a cat needs to know). */
QStringList goodWithBadges(const AdoptionProfile& profile, QList<bool>* positive = nullptr);

} // namespace petinfo::client
