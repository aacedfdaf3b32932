// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TagPage.h"

#include "http/Request.h"

#include "petinfo/common/Domain.h"
#include "petinfo/common/Phone.h"
#include "petinfo/common/WireCodec.h"
#include "publicforms/FormBody.h"
#include "publicforms/PublicForm.h"
#include "security/Crypto.h"

#include <openssl/evp.h>

namespace petinfo::server {

namespace {

// The only style of the page; its hash goes into the CSP, so no other style can run. Inputs are
// at least 16 px so that phones do not zoom into them.
constexpr std::string_view kStyle =
    "body{margin:0;font:18px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2433;"
    "background:#f4f6f8}main{max-width:34rem;margin:0 auto;padding:1rem}"
    ".card{background:#fff;border-radius:14px;padding:1rem 1.1rem;box-shadow:0 1px 3px rgba(0,0,0,.12);"
    "margin-bottom:1rem}"
    "img.photo{display:block;width:100%;height:auto;max-height:60vh;object-fit:cover;border-radius:10px}"
    "h1{font-size:1.8rem;margin:.6rem 0 .2rem}h2{font-size:1.35rem;margin:.2rem 0 .4rem}"
    "dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;"
    "margin:.6rem 0}dt{color:#5a6475}dd{margin:0}.lost{background:#b3261e;color:#fff;border-radius:10px;"
    "padding:.7rem .9rem;font-weight:600;margin:.8rem 0}.contact{border-top:1px solid #e3e6ea;padding:.6rem 0}"
    ".contact a{display:inline-block;margin:.25rem .6rem .25rem 0;padding:.55rem .9rem;border-radius:8px;"
    "background:#0b57d0;color:#fff;text-decoration:none;font-weight:600}.contact a.wa{background:#1a7f4b}"
    ".muted{color:#5a6475}"
    "code{font-size:1.05rem;background:#eef1f4;padding:.1rem .35rem;border-radius:6px;word-break:break-all}"
    "nav{text-align:right;font-size:.9rem;margin-bottom:.5rem}nav a{color:#0b57d0;margin-left:.7rem}"
    "nav strong{margin-left:.7rem}"
    "label{display:block;font-weight:600;margin:.7rem 0 .2rem}"
    "input,textarea{box-sizing:border-box;width:100%;font:inherit;font-size:1rem;padding:.55rem .6rem;"
    "border:1px solid #aab2bd;border-radius:8px;background:#fff;color:inherit}textarea{min-height:6rem}"
    "button{margin-top:1rem;width:100%;font:inherit;font-weight:600;padding:.75rem;border:0;border-radius:10px;"
    "background:#b3261e;color:#fff}.error{background:#fdecea;color:#8c1d18;border-radius:8px;padding:.6rem .8rem;"
    "margin:.5rem 0}.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}";

std::string base64(std::string_view raw)
{
    std::string out(4 * ((raw.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(raw.data()), static_cast<int>(raw.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string telHref(const std::string& phone)
{
    std::string out;
    for (char c : phone) {
        if ((c >= '0' && c <= '9') || c == '+') {
            out += c;
        }
    }
    return out;
}

template <typename E, std::size_t N>
std::string_view named(const std::string_view (&names)[N], E value)
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? names[i] : std::string_view{};
}

std::string_view roleName(const PageText& t, std::string_view role)
{
    const auto parsed = enumFromString<ContactRole>(role);
    return parsed ? named(t.roleNames, *parsed) : t.roleNames[5];
}

std::string field(const FoundFormState* form, const std::string& name)
{
    if (!form) {
        return {};
    }
    const auto it = form->values.find(name);
    return it == form->values.end() ? std::string{} : htmlEscape(it->second);
}

} // namespace

std::string htmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string ageText(const Date& birth, const Date& today, PageLanguage language)
{
    const PageText& t = pageText(language);
    const int months = monthsBetween(birth, today);
    const int years = months / 12;
    const int rest = months % 12;
    auto plural = [](int n, std::string_view one, std::string_view many) {
        return std::to_string(n) + " " + std::string(n == 1 ? one : many);
    };
    if (years == 0) {
        return plural(rest, t.month, t.months);
    }
    return rest == 0 ? plural(years, t.year, t.years)
                     : plural(years, t.year, t.years) + ", " + plural(rest, t.month, t.months);
}

std::string whatsappLink(std::string_view e164, std::string_view text)
{
    std::string digits;
    for (char c : e164.substr(e164.empty() || e164[0] != '+' ? 0 : 1)) {
        if (c < '0' || c > '9') {
            return {};
        }
        digits += c;
    }
    if (digits.size() < 8 || digits.size() > 15) {
        return {};
    }
    return "https://wa.me/" + digits + "?text=" + publicforms::urlEncode(text);
}

std::string formTokenInput(const std::string& token)
{
    return "<input type=\"hidden\" name=\"" + std::string(publicforms::kTokenField) + "\" value=\"" +
           htmlEscape(token) + "\">";
}

std::string withFormToken(std::string page, const std::string& token)
{
    if (const auto at = page.find(TagPage::kTokenSlot); at != std::string::npos) {
        page.replace(at, TagPage::kTokenSlot.size(), formTokenInput(token));
    }
    return page;
}

Response publicPageResponse(int status, std::string body, const std::string& contentSecurityPolicy)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = std::move(body);
    r.header("Content-Security-Policy", contentSecurityPolicy);
    r.header("Referrer-Policy", "no-referrer");
    r.header("X-Frame-Options", "DENY");
    r.header("Cross-Origin-Resource-Policy", "same-origin");
    r.header("X-Content-Type-Options", "nosniff");
    r.header("Vary", "Accept-Language");
    r.header("Cache-Control", "no-store");
    return r;
}

std::string strictPagePolicy(std::string_view style)
{
    return "default-src 'none'; img-src 'self'; style-src 'sha256-" + base64(crypto::sha256(style)) +
           "'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

TagPage::TagPage()
    : m_csp(strictPagePolicy(kStyle))
{}

std::string TagPage::page(PageLanguage language, const std::string& title, const std::string& body,
                          const std::string& switchTarget) const
{
    const PageText& t = pageText(language);
    std::string nav = "<nav id=\"languages\" aria-label=\"" + std::string(t.languageLabel) + "\">";
    for (PageLanguage other : {PageLanguage::Es, PageLanguage::PtBr, PageLanguage::En}) {
        const PageText& o = pageText(other);
        if (other == language) {
            nav += "<strong lang=\"" + std::string(o.htmlLang) + "\">" + std::string(o.name) + "</strong>";
        } else {
            nav += "<a lang=\"" + std::string(o.htmlLang) + "\" hreflang=\"" + std::string(o.htmlLang) + "\" href=\"" +
                   htmlEscape(switchTarget) + "?lang=" + std::string(o.htmlLang) + "\">" + std::string(o.name) + "</a>";
        }
    }
    nav += "</nav>";
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(t.htmlLang) +
           "\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\">"
           "<title>" +
           htmlEscape(title) + "</title><style>" + std::string(kStyle) + "</style></head><body><main>" + nav + body +
           "</main></body></html>\n";
}

std::string TagPage::notFound(PageLanguage language) const
{
    const PageText& t = pageText(language);
    return page(language, std::string(t.notFoundTitle),
                "<div class=\"card\"><h1>" + std::string(t.notFoundTitle) + "</h1><p>" + std::string(t.notFoundText) +
                    "</p></div>",
                "");
}

std::string TagPage::thanks(const std::string& tagId, PageLanguage language, bool repeated) const
{
    const PageText& t = pageText(language);
    const std::string back = "/t/" + htmlEscape(tagId) + "?lang=" + std::string(t.htmlLang);
    return page(language, std::string(t.thanksTitle),
                "<div class=\"card\" id=\"found-thanks\"><h1>" + std::string(t.thanksTitle) + "</h1><p>" +
                    std::string(repeated ? t.errorUsed : t.thanksText) + "</p><p><a href=\"" + back + "\">" +
                    std::string(t.thanksBack) + "</a></p></div>",
                "/t/" + tagId + "/found/thanks");
}

std::string TagPage::problem(const std::string& tagId, PageLanguage language, std::string_view message) const
{
    const PageText& t = pageText(language);
    return page(language, std::string(t.foundHeading),
                "<div class=\"card\"><p class=\"error\" id=\"form-error\">" + htmlEscape(message) +
                    "</p><p><a href=\"/t/" + htmlEscape(tagId) + "?lang=" + std::string(t.htmlLang) + "\">" +
                    std::string(t.thanksBack) + "</a></p></div>",
                "/t/" + tagId);
}

std::string TagPage::foundForm(const std::string& tagId, PageLanguage language, const FoundFormState* form) const
{
    const PageText& t = pageText(language);
    std::string out = "<section class=\"card\" id=\"found-form\"><h2>" + std::string(t.foundHeading) +
                      "</h2><p class=\"muted\">" + std::string(t.foundIntro) + "</p>";
    if (form && !form->error.empty()) {
        out += "<p class=\"error\" id=\"form-error\" role=\"alert\">" + htmlEscape(form->error) + "</p>";
    }
    out += "<form method=\"post\" action=\"/t/" + htmlEscape(tagId) + "/found\" accept-charset=\"utf-8\">" +
           std::string(kTokenSlot) + "<input type=\"hidden\" name=\"lang\" value=\"" + std::string(t.htmlLang) +
           "\">"
           "<label for=\"finder-name\">" +
           std::string(t.finderName) +
           "</label><input id=\"finder-name\" name=\"name\" maxlength=\"80\" autocomplete=\"name\" required "
           "value=\"" +
           field(form, "name") + "\"><label for=\"finder-phone\">" + std::string(t.finderPhone) +
           "</label><input id=\"finder-phone\" name=\"phone\" type=\"tel\" maxlength=\"40\" autocomplete=\"tel\" "
           "required value=\"" +
           field(form, "phone") + "\"><label for=\"found-place\">" + std::string(t.where) +
           "</label><input id=\"found-place\" name=\"place\" maxlength=\"200\" required value=\"" +
           field(form, "place") + "\"><label for=\"found-message\">" + std::string(t.message) +
           "</label><textarea id=\"found-message\" name=\"message\" maxlength=\"2000\" rows=\"4\">" +
           field(form, "message") +
           "</textarea>"
           "<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">" +
           std::string(t.honeypot) +
           "</label><input id=\"website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\" value=\"\"></div>"
           "<button type=\"submit\" id=\"found-submit\">" +
           std::string(t.send) + "</button><p class=\"muted\">" + std::string(t.foundPrivacy) + "</p></form></section>";
    return out;
}

std::string TagPage::render(const std::string& tagId, const SyncService::PublicTag& tag, const Date& today,
                            PageLanguage language, const FoundFormState* form) const
{
    const PageText& t = pageText(language);
    const std::string self = "/t/" + tagId;
    if (!tag.pet) {
        return page(language, std::string(t.unclaimedTitle),
                    "<div class=\"card\"><h1>" + std::string(t.unclaimedHeading) + "</h1><p>" +
                        std::string(t.unclaimedHow) + " <strong>" + std::string(t.unclaimedLinkTag) +
                        "</strong>:</p><p><code id=\"tag-code\">" + htmlEscape(tagId) +
                        "</code></p><p class=\"muted\">" + std::string(t.unclaimedAfter) + "</p></div>",
                    self);
    }
    const auto pet = petFromJson(sync::entityJson(*tag.pet));
    if (!pet) {
        return notFound(language);
    }
    const Pet& p = *pet;
    std::string body = "<div class=\"card\">";
    if (!tag.photoSha256.empty()) {
        body += "<img class=\"photo\" id=\"pet-photo\" src=\"/t/" + htmlEscape(tagId) + "/photo\" alt=\"" +
                htmlEscape(substitute(t.photoOf, p.name)) + "\">";
    }
    body += "<h1 id=\"pet-name\">" + htmlEscape(p.name) + "</h1>";
    const bool lost = p.status == PetStatus::Lost;
    if (lost) {
        body += "<div class=\"lost\" id=\"lost-banner\">" + std::string(t.lostBanner) + "</div>";
    }
    std::string kind(named(t.speciesNames, p.species));
    if (!p.breed.empty()) {
        kind += " · " + p.breed;
    }
    body += "<dl><dt>" + std::string(t.species) + "</dt><dd id=\"pet-species\">" + htmlEscape(kind) + "</dd><dt>" +
            std::string(t.sex) + "</dt><dd id=\"pet-sex\">" + std::string(named(t.sexNames, p.sex)) + "</dd>";
    if (p.birthDate) {
        body += "<dt>" + std::string(t.age) + "</dt><dd id=\"pet-age\">" +
                std::string(p.birthDateEstimated ? t.about : "") + htmlEscape(ageText(*p.birthDate, today, language)) +
                "</dd>";
    }
    if (!p.colour.empty()) {
        body += "<dt>" + std::string(t.colour) + "</dt><dd>" + htmlEscape(p.colour) + "</dd>";
    }
    body += "</dl>";
    if (lost) {
        body += "<section id=\"contacts\">";
        const std::string greeting = substitute(t.whatsappText, p.name);
        for (const nlohmann::json& c : tag.contacts) {
            body += "<div class=\"contact\"><strong>" + htmlEscape(c.value("name", "")) +
                    "</strong> <span class=\"muted\">(" + std::string(roleName(t, c.value("role", "owner"))) +
                    ")</span><br>";
            if (const auto phones = c.find("phones"); phones != c.end() && phones->is_array()) {
                for (const auto& phone : *phones) {
                    if (!phone.is_string()) {
                        continue;
                    }
                    const std::string number = phone.get<std::string>();
                    // The way the number's own country writes it ("011 2345-6789" in Argentina).
                    const std::string shown = phone::format(number, phone::regionOf(number));
                    body += "<a href=\"tel:" + htmlEscape(telHref(number)) + "\">" + std::string(t.call) + " " +
                            htmlEscape(shown) + "</a>";
                    if (const std::string wa = whatsappLink(telHref(number), greeting); !wa.empty()) {
                        body +=
                            "<a class=\"wa\" href=\"" + htmlEscape(wa) + "\">" + std::string(t.whatsappButton) + "</a>";
                    }
                }
            }
            const std::string email = c.value("email", "");
            if (!email.empty()) {
                body += "<a href=\"mailto:" + htmlEscape(email) + "\">" + std::string(t.email) + "</a>";
            }
            body += "</div>";
        }
        if (tag.contacts.empty()) {
            body += "<p class=\"muted\">" + std::string(t.noContacts) + "</p>";
        }
        body += "</section>";
    } else {
        body += "<p class=\"muted\" id=\"not-lost\">" + std::string(t.notLost) + "</p>";
    }
    body += "</div>";
    if (lost) {
        body += foundForm(tagId, language, form);
    }
    return page(language, p.name + std::string(t.pageTitleSuffix), body, self);
}

} // namespace petinfo::server
