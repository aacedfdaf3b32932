// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/PageText.h"
#include "petinfo/common/Date.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server {

/** What an applicant typed and what was wrong with it, to show the form again. */
struct ApplicationFormState
{
    std::map<std::string, std::string> values; ///< by field name, as typed (cleaned)
    std::vector<std::string> errors;           ///< plain words in the page's language
    std::set<std::string> invalidFields;       ///< marked on the form
};

/** The public adoption pages of an organisation (docs/adoption-page.md): plain HTML with one
 *  inline style block (its hash in the CSP), no script, no third-party resource, readable on a
 *  phone in English, Spanish or Brazilian Portuguese. The animals are AdoptionService's public
 *  JSON (gallery / galleryAnimal): nothing else of an animal can reach a page. */
class AdoptionPage
{
public:
    AdoptionPage();

    /** `/adopt/<slug>`: a card per animal (photo, name, species, sex, age, size, badges, fee). */
    std::string list(const std::string& slug, const std::string& orgName, const nlohmann::json& animals,
                     const Date& today, PageLanguage language) const;
    /** `/adopt/<slug>/<id>`: every public photo, the description, the application form. The form
     *  has TagPage::kTokenSlot where the caller puts a fresh token (withFormToken). */
    std::string animal(const std::string& slug, const std::string& orgName, const nlohmann::json& animal,
                       const Date& today, PageLanguage language, const ApplicationFormState* form = nullptr) const;
    std::string thanks(const std::string& slug, PageLanguage language, bool repeated) const;
    std::string notFound(PageLanguage language) const;
    /** A submission that cannot be shown with its form (too large, unreadable, rate limited). */
    std::string problem(const std::string& slug, PageLanguage language, std::string_view message) const;
    const std::string& contentSecurityPolicy() const { return m_csp; }

private:
    std::string page(PageLanguage language, const std::string& title, const std::string& body,
                     const std::string& switchTarget) const;
    std::string form(const std::string& slug, const nlohmann::json& animal, PageLanguage language,
                     const ApplicationFormState* state) const;

    std::string m_csp;
};

/** A fee in integer minor units as people of `language` write it: "ARS 15.000" (es, pt-BR),
 *  "ARS 15,000.50" (en); currencies without minor units (CLP, PYG …) have no decimals. */
std::string formatFee(std::int64_t minor, std::string_view currency, PageLanguage language);

} // namespace petinfo::server
