// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/LostFoundText.h"

#include "models/DomainText.h"

#include <QCoreApplication>
#include <QStringList>

namespace petinfo::client {

QString animalSizeName(AnimalSize value)
{
    switch (value) {
    case AnimalSize::Unknown:
        return QCoreApplication::translate("LostFound", "Unknown");
    case AnimalSize::Small:
        return QCoreApplication::translate("LostFound", "Small");
    case AnimalSize::Medium:
        return QCoreApplication::translate("LostFound", "Medium");
    case AnimalSize::Large:
        return QCoreApplication::translate("LostFound", "Large");
    case AnimalSize::Giant:
        return QCoreApplication::translate("LostFound", "Giant");
    }
    return {};
}

QString foundAnimalStateName(FoundAnimalState value)
{
    switch (value) {
    case FoundAnimalState::Open:
        return QCoreApplication::translate("LostFound", "Looking for its family");
    case FoundAnimalState::Reunited:
        return QCoreApplication::translate("LostFound", "Reunited");
    case FoundAnimalState::Closed:
        return QCoreApplication::translate("LostFound", "Closed");
    }
    return {};
}

QString matchReasonName(MatchReason value)
{
    switch (value) {
    case MatchReason::Microchip:
        return QCoreApplication::translate("LostFound", "same microchip");
    case MatchReason::Tag:
        return QCoreApplication::translate("LostFound", "same tag");
    case MatchReason::Sex:
        return QCoreApplication::translate("LostFound", "sex");
    case MatchReason::Breed:
        return QCoreApplication::translate("LostFound", "breed");
    case MatchReason::BreedWord:
        return QCoreApplication::translate("LostFound", "similar breed");
    case MatchReason::Colour:
        return QCoreApplication::translate("LostFound", "colour");
    case MatchReason::Size:
        return QCoreApplication::translate("LostFound", "size");
    case MatchReason::Age:
        return QCoreApplication::translate("LostFound", "age");
    case MatchReason::Place:
        return QCoreApplication::translate("LostFound", "place");
    case MatchReason::Date:
        return QCoreApplication::translate("LostFound", "lost shortly before");
    }
    return {};
}

QString foundAnimalSummary(const FoundAnimal& a)
{
    // A list rather than a phrase: word order and agreement differ between languages.
    QStringList parts{speciesLabel(a.species)};
    if (a.sex != Sex::Unknown) {
        parts << sexLabel(a.sex).toLower();
    }
    for (const std::string* text : {&a.breed, &a.colour}) {
        if (!text->empty()) {
            parts << QString::fromStdString(*text);
        }
    }
    if (a.size != AnimalSize::Unknown) {
        parts << animalSizeName(a.size).toLower();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace petinfo::client
