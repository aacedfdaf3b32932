// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/TagPage.h"

#include "petinfo/common/Domain.h"
#include "petinfo/common/WireCodec.h"
#include "security/Crypto.h"

#include <openssl/evp.h>

namespace petinfo::server {

namespace {

// The only style of the page; its hash goes into the CSP, so no other style can run.
constexpr std::string_view kStyle =
    "body{margin:0;font:18px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2433;"
    "background:#f4f6f8}main{max-width:34rem;margin:0 auto;padding:1rem}"
    ".card{background:#fff;border-radius:14px;padding:1rem 1.1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}"
    "img.photo{display:block;width:100%;height:auto;max-height:60vh;object-fit:cover;border-radius:10px}"
    "h1{font-size:1.8rem;margin:.6rem 0 .2rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;"
    "margin:.6rem 0}dt{color:#5a6475}dd{margin:0}.lost{background:#b3261e;color:#fff;border-radius:10px;"
    "padding:.7rem .9rem;font-weight:600;margin:.8rem 0}.contact{border-top:1px solid #e3e6ea;padding:.6rem 0}"
    ".contact a{display:inline-block;margin:.25rem .6rem .25rem 0;padding:.55rem .9rem;border-radius:8px;"
    "background:#0b57d0;color:#fff;text-decoration:none;font-weight:600}.muted{color:#5a6475}"
    "code{font-size:1.05rem;background:#eef1f4;padding:.1rem .35rem;border-radius:6px;word-break:break-all}";

std::string base64(std::string_view raw)
{
    std::string out(4 * ((raw.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(raw.data()), static_cast<int>(raw.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string capitalised(std::string_view word)
{
    std::string out(word);
    for (char& c : out) {
        if (c == '_') {
            c = ' ';
        }
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 32);
    }
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

std::string ageText(const Date& birth, const Date& today)
{
    const int months = monthsBetween(birth, today);
    const int years = months / 12;
    const int rest = months % 12;
    auto plural = [](int n, const char* unit) {
        return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
    };
    if (years == 0) {
        return plural(rest, "month");
    }
    return rest == 0 ? plural(years, "year") : plural(years, "year") + ", " + plural(rest, "month");
}

TagPage::TagPage()
{
    m_csp = "default-src 'none'; img-src 'self'; style-src 'sha256-" + base64(crypto::sha256(kStyle)) +
            "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

std::string TagPage::page(const std::string& title, const std::string& body) const
{
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\">"
           "<title>" +
           htmlEscape(title) + "</title><style>" + std::string(kStyle) + "</style></head><body><main>" + body +
           "</main></body></html>\n";
}

std::string TagPage::notFound() const
{
    return page("Tag not found", "<div class=\"card\"><h1>Tag not found</h1><p>This Pet Info tag does not exist. "
                                 "Check the address on the tag.</p></div>");
}

std::string TagPage::render(const std::string& tagId, const SyncService::PublicTag& tag, const Date& today) const
{
    if (!tag.pet) {
        return page("Unclaimed Pet Info tag",
                    "<div class=\"card\"><h1>This tag is not linked to a pet yet</h1>"
                    "<p>To claim it, open the Pet Info app on your computer, open your pet, choose "
                    "<strong>Link tag</strong> and enter this code:</p><p><code id=\"tag-code\">" +
                        htmlEscape(tagId) +
                        "</code></p><p class=\"muted\">Once linked, anyone who scans the tag sees your pet's "
                        "photo and name, and your phone number only while you mark the pet as lost.</p></div>");
    }
    const auto pet = petFromJson(sync::entityJson(*tag.pet));
    if (!pet) {
        return notFound();
    }
    const Pet& p = *pet;
    std::string body = "<div class=\"card\">";
    if (!tag.photoSha256.empty()) {
        body += "<img class=\"photo\" id=\"pet-photo\" src=\"/t/" + htmlEscape(tagId) + "/photo\" alt=\"Photo of " +
                htmlEscape(p.name) + "\">";
    }
    body += "<h1 id=\"pet-name\">" + htmlEscape(p.name) + "</h1>";
    if (p.status == PetStatus::Lost) {
        body += "<div class=\"lost\" id=\"lost-banner\">I am lost. Please contact my family.</div>";
    }
    std::string kind = capitalised(enumName(p.species));
    if (!p.breed.empty()) {
        kind += " · " + p.breed;
    }
    body += "<dl><dt>Species</dt><dd id=\"pet-species\">" + htmlEscape(kind) + "</dd><dt>Sex</dt><dd id=\"pet-sex\">" +
            htmlEscape(capitalised(enumName(p.sex))) + "</dd>";
    if (p.birthDate) {
        body += "<dt>Age</dt><dd id=\"pet-age\">" + std::string(p.birthDateEstimated ? "about " : "") +
                htmlEscape(ageText(*p.birthDate, today)) + "</dd>";
    }
    if (!p.colour.empty()) {
        body += "<dt>Colour</dt><dd>" + htmlEscape(p.colour) + "</dd>";
    }
    body += "</dl>";
    if (p.status == PetStatus::Lost) {
        body += "<section id=\"contacts\">";
        for (const nlohmann::json& c : tag.contacts) {
            body += "<div class=\"contact\"><strong>" + htmlEscape(c.value("name", "")) +
                    "</strong> <span "
                    "class=\"muted\">(" +
                    htmlEscape(capitalised(c.value("role", "owner"))) + ")</span><br>";
            if (const auto phones = c.find("phones"); phones != c.end() && phones->is_array()) {
                for (const auto& phone : *phones) {
                    if (phone.is_string()) {
                        const std::string number = phone.get<std::string>();
                        body +=
                            "<a href=\"tel:" + htmlEscape(telHref(number)) + "\">Call " + htmlEscape(number) + "</a>";
                    }
                }
            }
            const std::string email = c.value("email", "");
            if (!email.empty()) {
                body += "<a href=\"mailto:" + htmlEscape(email) + "\">Email</a>";
            }
            body += "</div>";
        }
        if (tag.contacts.empty()) {
            body += "<p class=\"muted\">No contact details were left for this pet.</p>";
        }
        body += "</section>";
    } else {
        body += "<p class=\"muted\" id=\"not-lost\">This pet is not reported lost. If it seems lost, keep it safe; "
                "its family can mark it as lost to show their contact details here.</p>";
    }
    body += "</div>";
    return page(p.name + " – Pet Info", body);
}

} // namespace petinfo::server
