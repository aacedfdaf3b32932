// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "records/SyncService.h"

#include <string>

namespace petinfo::server {

/** The public page behind a pet's QR tag: plain HTML and one inline style block, no script, no
 *  third-party resource; readable on a phone. Contacts appear only while the pet is lost. */
class TagPage
{
public:
    TagPage();

    std::string render(const std::string& tagId, const SyncService::PublicTag& tag, const Date& today) const;
    std::string notFound() const;
    /** The Content-Security-Policy that goes with every page (the style block's hash included). */
    const std::string& contentSecurityPolicy() const { return m_csp; }

private:
    std::string page(const std::string& title, const std::string& body) const;

    std::string m_csp;
};

std::string htmlEscape(std::string_view text);
/** "2 years, 3 months" from a birth date. */
std::string ageText(const Date& birth, const Date& today);

} // namespace petinfo::server
