// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/PageText.h"

#include <string_view>

namespace petinfo::server {

/** Every word of the public adoption pages that the tag page does not say already (PageText has
 *  the species, sexes, ages, the language switch), in one language. */
struct AdoptionPageText
{
    std::string_view listTitle; ///< "Animals for adoption"
    std::string_view listIntro; ///< "%1 is looking for homes for these animals…"
    std::string_view listEmpty; ///< no adoptable animal right now
    std::string_view noPhoto;   ///< placeholder text of a card without a photo
    std::string_view moreAbout; ///< "Meet %1" (the card's link)
    std::string_view size, energy;
    std::string_view sizeNames[5];   ///< EnumNames<AnimalSize>
    std::string_view energyNames[4]; ///< EnumNames<EnergyLevel>
    std::string_view goodWithDogs, goodWithCats, goodWithChildren;
    std::string_view notWithDogs, notWithCats, notWithChildren;
    std::string_view fee, noFee;
    std::string_view allAnimals; ///< the way back to the list
    std::string_view applyHeading, applyIntro, required;
    std::string_view applicantName, phone, email, contactHint, address;
    std::string_view adults, children, childrenAges, childrenAgesHint;
    std::string_view homeType, homeNames[4]; ///< EnumNames<HomeType>
    std::string_view yard, yardYes, yardNo, yardUnsure;
    std::string_view landlord, landlordOwn, landlordYes, landlordNo, landlordUnsure;
    std::string_view otherPets, otherPetsHint, experience, message;
    std::string_view consentHeading;
    std::string_view consentText; ///< stored with the application exactly as shown
    std::string_view consentCheck, signatureName, signatureHint;
    std::string_view send, privacy;
    std::string_view thanksTitle, thanksText, thanksRepeated;
    std::string_view notFoundTitle, notFoundText;
    std::string_view errorsHeading;
    std::string_view errorRequired, errorTooLong, errorPhone, errorEmail, errorContact, errorNumber, errorAges;
    std::string_view errorConsent, errorSignature, errorSignatureMismatch, errorControl, errorInvalid;
    std::string_view errorExpired, errorRateLimited, errorMalformed, errorUnavailable;
    std::string_view honeypot;
};

const AdoptionPageText& adoptionText(PageLanguage language);

} // namespace petinfo::server
