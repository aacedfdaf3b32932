// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/PageText.h"
#include "petinfo/common/Date.h"
#include "records/SyncService.h"

#include <map>
#include <string>
#include <string_view>

namespace petinfo::server {

/** What a finder typed into the found form and why it was not taken, to show the form again. */
struct FoundFormState
{
    std::map<std::string, std::string> values; ///< name, phone, place, message
    std::string error;                         ///< already in the page's language; empty: none
};

/** The public page behind a pet's QR tag: plain HTML and one inline style block, no script, no
 *  third-party resource; readable on a phone, in English, Spanish or Brazilian Portuguese. Contacts
 *  ("Call", "Message on WhatsApp") and the "I found this pet" form appear only while the pet is
 *  lost. */
class TagPage
{
public:
    /** Where a lost pet's page wants its form token: the caller puts a fresh one in each answer
     *  (formTokenInput), so a cached page never hands two finders the same single-use token. No
     *  escaped text can contain it. */
    static constexpr std::string_view kTokenSlot = "<!--petinfo:form-token-->";

    TagPage();

    std::string render(const std::string& tagId, const SyncService::PublicTag& tag, const Date& today,
                       PageLanguage language = PageLanguage::En, const FoundFormState* form = nullptr) const;
    std::string notFound(PageLanguage language = PageLanguage::En) const;
    /** After a report was taken (or a repeat of one): thanks, and the way back. */
    std::string thanks(const std::string& tagId, PageLanguage language, bool repeated) const;
    /** A short page for a submission that cannot be shown with its form (too large, rate limited). */
    std::string problem(const std::string& tagId, PageLanguage language, std::string_view message) const;
    /** The Content-Security-Policy that goes with every page (the style block's hash included). */
    const std::string& contentSecurityPolicy() const { return m_csp; }

private:
    std::string page(PageLanguage language, const std::string& title, const std::string& body,
                     const std::string& switchTarget) const;
    std::string foundForm(const std::string& tagId, PageLanguage language, const FoundFormState* form) const;

    std::string m_csp;
};

/** The hidden input that carries a form token. */
std::string formTokenInput(const std::string& token);
/** Puts `token` where the page has kTokenSlot. */
std::string withFormToken(std::string page, const std::string& token);

std::string htmlEscape(std::string_view text);
/** The Content-Security-Policy of every public page: nothing but images from this server, the
 *  page's one inline `style` block (by its hash), forms posting back here, no framing. */
std::string strictPagePolicy(std::string_view style);

/** A public HTML page (tag page, found form, adoption pages) with its security headers: the
 *  page's CSP, no referrer, no framing, same-origin resources, no sniffing, varying by
 *  Accept-Language, and never from a shared cache (forms carry single-use tokens, and every page
 *  may change with the next sync). */
struct Response;
Response publicPageResponse(int status, std::string body, const std::string& contentSecurityPolicy);
/** "2 years, 3 months" from a birth date, in a language. */
std::string ageText(const Date& birth, const Date& today, PageLanguage language = PageLanguage::En);
/** A `https://wa.me/<digits>?text=…` link for an E.164 number; empty when it is not one. */
std::string whatsappLink(std::string_view e164, std::string_view text);

} // namespace petinfo::server
