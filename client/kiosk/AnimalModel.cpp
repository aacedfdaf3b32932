// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/AnimalModel.h"

#include "billing/Money.h"
#include "kiosk/PhotoCache.h"
#include "models/AdoptionText.h"
#include "models/DomainText.h"
#include "petinfo/common/Clock.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>

#include <algorithm>

namespace petinfo::client {

AgeGroup ageGroupOf(const std::optional<Date>& birthDate, const Date& today)
{
    if (!birthDate) {
        return AgeGroup::Any;
    }
    const int months = monthsBetween(*birthDate, today);
    if (months < 12) {
        return AgeGroup::Young;
    }
    return months < 8 * 12 ? AgeGroup::Adult : AgeGroup::Senior;
}

QString kioskAgeText(const KioskAnimal& animal, const Date& today)
{
    if (!animal.birthDate) {
        return QCoreApplication::translate("Kiosk", "Age unknown");
    }
    const int months = monthsBetween(*animal.birthDate, today);
    QString age;
    if (months < 1) {
        const auto weeks =
            static_cast<int>(std::max<std::int64_t>(0, (today.toDays() - animal.birthDate->toDays()) / 7));
        age = QCoreApplication::translate("Kiosk", "%n week(s)", nullptr, weeks);
    } else if (months < 24) {
        age = QCoreApplication::translate("Kiosk", "%n month(s)", nullptr, months);
    } else {
        // Counted apart: lupdate drops a translate() whose last argument is a bare division.
        const int years = months / 12;
        age = QCoreApplication::translate("Kiosk", "%n year(s)", nullptr, years);
    }
    return animal.birthEstimated ? QCoreApplication::translate("Kiosk", "about %1", "an estimated age").arg(age) : age;
}

QString feeText(const AdoptionProfile& profile)
{
    if (profile.feeMinor <= 0) {
        return QCoreApplication::translate("Kiosk", "No adoption fee");
    }
    // As the locale writes money: its own currency with its symbol ("$ 5.000,00" in Argentina),
    // any other with its code ("ARS 5.000,00" in Brazil), so a peso is never taken for a dollar.
    const QString currency = profile.feeCurrency.empty() ? QLocale().currencySymbol(QLocale::CurrencyIsoCode)
                                                         : QString::fromStdString(profile.feeCurrency);
    return QCoreApplication::translate("Kiosk", "Adoption fee: %1").arg(formatMoney(profile.feeMinor, currency, 2));
}

QStringList goodWithBadges(const AdoptionProfile& profile, QList<bool>* positive)
{
    QStringList badges;
    const auto add = [&](Answer answer, const QString& yes, const QString& no) {
        if (answer == Answer::Unknown) {
            return;
        }
        badges << (answer == Answer::Yes ? yes : no);
        if (positive) {
            positive->append(answer == Answer::Yes);
        }
    };
    add(profile.goodWithChildren, QCoreApplication::translate("Kiosk", "Good with children"),
        QCoreApplication::translate("Kiosk", "No small children"));
    add(profile.goodWithDogs, QCoreApplication::translate("Kiosk", "Good with dogs"),
        QCoreApplication::translate("Kiosk", "No other dogs"));
    add(profile.goodWithCats, QCoreApplication::translate("Kiosk", "Good with cats"),
        QCoreApplication::translate("Kiosk", "No cats"));
    return badges;
}

AnimalModel::AnimalModel(const Clock& clock, PhotoCache* photos, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
    , m_photos(photos)
{
    if (m_photos) {
        connect(m_photos, &PhotoCache::photoReady, this, &AnimalModel::photoReady);
    }
}

void AnimalModel::setAnimals(std::vector<KioskAnimal> animals)
{
    beginResetModel();
    m_animals = std::move(animals);
    endResetModel();
}

const KioskAnimal* AnimalModel::itemFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount()) {
        return nullptr;
    }
    return &m_animals[static_cast<std::size_t>(index.row())];
}

const KioskAnimal* AnimalModel::animal(const QString& petId) const
{
    for (const KioskAnimal& a : m_animals) {
        if (a.petId == petId) {
            return &a;
        }
    }
    return nullptr;
}

int AnimalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_animals.size());
}

QVariant AnimalModel::data(const QModelIndex& index, int role) const
{
    const KioskAnimal* a = itemFromIndex(index);
    if (!a) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return a->name;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(a->name, data(index, FactsRole).toString());
    case FactsRole: {
        QStringList facts{kioskAgeText(*a, m_clock.today())};
        if (a->sex != Sex::Unknown) {
            facts << sexLabel(a->sex);
        }
        if (a->profile.size != AnimalSize::Unknown) {
            facts << animalSizeLabel(a->profile.size);
        }
        return facts.join(QStringLiteral(" · "));
    }
    case FeeRole:
        return feeText(a->profile);
    case BadgesRole:
        return goodWithBadges(a->profile);
    case BadgesPositiveRole: {
        QList<bool> positive;
        (void)goodWithBadges(a->profile, &positive);
        return QVariant::fromValue(positive);
    }
    case PhotoIdRole:
        return a->photos.isEmpty() ? QString() : a->photos.first();
    case PetIdRole:
        return a->petId;
    case Qt::DecorationRole:
        if (m_photos && !a->photos.isEmpty()) {
            return m_photos->photo(a->photos.first());
        }
        return {};
    default:
        return {};
    }
}

void AnimalModel::photoReady(const QString& photoId)
{
    for (std::size_t row = 0; row < m_animals.size(); ++row) {
        const QStringList& photos = m_animals[row].photos;
        if (!photos.isEmpty() && photos.first() == photoId) {
            const QModelIndex changed = index(static_cast<int>(row));
            Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
        }
    }
}

AnimalFilterProxyModel::AnimalFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void AnimalFilterProxyModel::changed()
{
    invalidateRowsFilter();
}

void AnimalFilterProxyModel::setSpecies(SpeciesFilter species)
{
    m_species = species;
    changed();
}

void AnimalFilterProxyModel::setSize(std::optional<AnimalSize> size)
{
    m_size = size;
    changed();
}

void AnimalFilterProxyModel::setAgeGroup(AgeGroup group)
{
    m_age = group;
    changed();
}

void AnimalFilterProxyModel::setGoodWithChildren(bool required)
{
    m_children = required;
    changed();
}

void AnimalFilterProxyModel::setGoodWithDogs(bool required)
{
    m_dogs = required;
    changed();
}

void AnimalFilterProxyModel::setGoodWithCats(bool required)
{
    m_cats = required;
    changed();
}

void AnimalFilterProxyModel::clearFilters()
{
    m_species = SpeciesFilter::Any;
    m_size.reset();
    m_age = AgeGroup::Any;
    m_children = m_dogs = m_cats = false;
    changed();
}

bool AnimalFilterProxyModel::isFiltering() const
{
    return m_species != SpeciesFilter::Any || m_size || m_age != AgeGroup::Any || m_children || m_dogs || m_cats;
}

bool AnimalFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const AnimalModel*>(sourceModel());
    const KioskAnimal* a = model ? model->itemFromIndex(model->index(sourceRow, 0, sourceParent)) : nullptr;
    if (!a) {
        return false;
    }
    switch (m_species) {
    case SpeciesFilter::Any:
        break;
    case SpeciesFilter::Dogs:
        if (a->species != Species::Dog) {
            return false;
        }
        break;
    case SpeciesFilter::Cats:
        if (a->species != Species::Cat) {
            return false;
        }
        break;
    case SpeciesFilter::Others:
        if (a->species == Species::Dog || a->species == Species::Cat) {
            return false;
        }
        break;
    }
    if (m_size && a->profile.size != *m_size) {
        return false;
    }
    if (m_age != AgeGroup::Any && ageGroupOf(a->birthDate, model->clock().today()) != m_age) {
        return false;
    }
    return (!m_children || a->profile.goodWithChildren == Answer::Yes) &&
           (!m_dogs || a->profile.goodWithDogs == Answer::Yes) && (!m_cats || a->profile.goodWithCats == Answer::Yes);
}

} // namespace petinfo::client
