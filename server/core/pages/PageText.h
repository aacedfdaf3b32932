// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace petinfo::server {

/** The languages of the public pages: those of our users (Spanish, Brazilian Portuguese) and
 *  English for everyone else. */
enum class PageLanguage
{
    En,
    Es,
    PtBr
};

/** Every word the public pages say, in one language. */
struct PageText
{
    std::string_view htmlLang; ///< "en", "es", "pt-BR"
    std::string_view name;     ///< in itself: "English", "Español", "Português"
    std::string_view whatsapp; ///< WhatsApp template language code: "en_US", "es", "pt_BR"
    std::string_view notFoundTitle, notFoundText;
    std::string_view unclaimedTitle, unclaimedHeading, unclaimedHow, unclaimedLinkTag, unclaimedAfter;
    std::string_view photoOf; ///< "Photo of %1"
    std::string_view lostBanner;
    std::string_view species, sex, age, colour, about;
    std::string_view year, years, month, months;
    std::string_view speciesNames[6]; ///< in the order of EnumNames<Species>
    std::string_view sexNames[3];
    std::string_view roleNames[6];
    std::string_view call, whatsappButton, email, noContacts, notLost;
    std::string_view whatsappText; ///< typed into WhatsApp: "Hello, I found %1 ..."
    std::string_view foundHeading, foundIntro, finderName, finderPhone, where, message, send, honeypot;
    std::string_view foundPrivacy;
    std::string_view thanksTitle, thanksText, thanksBack;
    std::string_view errorRequired, errorTooLong, errorExpired, errorRateLimited, errorMalformed, errorUsed;
    std::string_view languageLabel;
    std::string_view pageTitleSuffix; ///< " – Pet Info"
};

const PageText& pageText(PageLanguage language);
/** `lang` from the query when it names one of ours, else the best of Accept-Language
 *  (q-values honoured; "pt" and "pt-PT" read Brazilian Portuguese, any "es-*" Spanish), else English. */
PageLanguage pickLanguage(std::string_view queryLang, std::string_view acceptLanguage);
/** "en", "es" or "pt-BR". */
std::string_view languageTag(PageLanguage language);
/** Replaces "%1" in `pattern` with `value`. */
std::string substitute(std::string_view pattern, std::string_view value);

} // namespace petinfo::server
