// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/AdoptionPage.h"

#include "pages/AdoptionPageText.h"
#include "pages/TagPage.h"
#include "petinfo/common/Adoption.h"
#include "publicforms/PublicForm.h"

#include <array>
#include <cstdlib>

namespace petinfo::server {

using nlohmann::json;

namespace {

// The only style of the pages; its hash goes into the CSP. Inputs are at least 16 px so that
// phones do not zoom into them; one column of cards on a phone, two from 40rem.
constexpr std::string_view kStyle =
    "body{margin:0;font:17px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2433;"
    "background:#f4f6f8}main{max-width:46rem;margin:0 auto;padding:.8rem}"
    "nav{text-align:right;font-size:.9rem;margin-bottom:.4rem}nav a{color:#0b57d0;margin-left:.7rem}"
    "nav strong{margin-left:.7rem}h1{font-size:1.6rem;margin:.4rem 0 .3rem}h2{font-size:1.3rem;margin:.2rem 0 .5rem}"
    ".muted{color:#5a6475}.card{background:#fff;border-radius:14px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.12);"
    "margin-bottom:1rem}.grid{display:grid;grid-template-columns:1fr;gap:1rem}"
    "@media (min-width:40rem){.grid{grid-template-columns:1fr 1fr}}"
    ".animal{display:block;color:inherit;text-decoration:none;background:#fff;border-radius:14px;overflow:hidden;"
    "box-shadow:0 1px 3px rgba(0,0,0,.12)}.animal .body{padding:.7rem .9rem .9rem}"
    ".animal h2{margin:0 0 .2rem;color:#0b57d0}"
    ".thumb{display:block;width:100%;aspect-ratio:4/3;object-fit:cover;background:#dfe4ea}"
    ".nophoto{display:flex;align-items:center;justify-content:center;color:#5a6475;aspect-ratio:auto;height:4.5rem}"
    ".facts{margin:.1rem 0 .4rem}.badges{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}"
    ".badge{font-size:.85rem;padding:.15rem .55rem;border-radius:999px;background:#e3f1e8;color:#14532d}"
    ".badge.no{background:#f1e4e3;color:#7f1d1d}.fee{font-weight:600}"
    ".photos img{display:block;width:100%;height:auto;border-radius:10px;margin-bottom:.6rem}"
    "dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem;margin:.6rem 0}dt{color:#5a6475}dd{margin:0}"
    "label{display:block;font-weight:600;margin:.8rem 0 .2rem}.hint{font-size:.9rem;color:#5a6475;margin:.1rem 0}"
    "input,textarea,select{box-sizing:border-box;width:100%;font:inherit;font-size:1rem;padding:.55rem .6rem;"
    "border:1px solid #aab2bd;border-radius:8px;background:#fff;color:inherit}textarea{min-height:5rem}"
    "input[aria-invalid=true],textarea[aria-invalid=true],select[aria-invalid=true]{border:2px solid #b3261e}"
    ".check{display:flex;gap:.6rem;align-items:flex-start;font-weight:600;margin:.6rem 0}"
    ".check input{width:1.4rem;height:1.4rem;flex:none;margin:.1rem 0 0}"
    ".consent{background:#eef1f4;border-radius:8px;padding:.6rem .8rem;margin:.4rem 0}"
    ".row{display:grid;grid-template-columns:1fr 1fr;gap:0 .8rem}"
    "button{margin-top:1rem;width:100%;font:inherit;font-weight:600;padding:.8rem;border:0;border-radius:10px;"
    "background:#0b57d0;color:#fff}.error{background:#fdecea;color:#8c1d18;border-radius:8px;padding:.6rem .8rem;"
    "margin:.5rem 0}.error ul{margin:.3rem 0 0;padding-left:1.2rem}a{color:#0b57d0}"
    ".hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}";

template <std::size_t N>
std::string_view named(const std::string_view (&names)[N], std::string_view wire,
                       const std::array<std::string_view, N>& wireNames)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (wireNames[i] == wire) {
            return names[i];
        }
    }
    return names[0];
}

std::string str(const json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string speciesAndSex(const json& a, const PageText& t)
{
    std::string out(named(t.speciesNames, str(a, "species"), EnumNames<Species>::names));
    const std::string sex = str(a, "sex");
    if (sex == "male" || sex == "female") {
        out += " · " + std::string(named(t.sexNames, sex, EnumNames<Sex>::names));
    }
    return out;
}

std::string age(const json& a, const Date& today, PageLanguage language)
{
    const auto birth = Date::fromIso(str(a, "birthDate"));
    if (!birth) {
        return {};
    }
    const bool estimated = a.value("birthDateEstimated", false);
    return (estimated ? std::string(pageText(language).about) : std::string()) + ageText(*birth, today, language);
}

std::string badges(const json& a, const AdoptionPageText& x)
{
    std::string out;
    const auto badge = [&](const char* key, std::string_view yes, std::string_view no) {
        const std::string v = str(a, key);
        if (v == "yes") {
            out += "<span class=\"badge\">" + std::string(yes) + "</span>";
        } else if (v == "no") {
            out += "<span class=\"badge no\">" + std::string(no) + "</span>";
        }
    };
    badge("goodWithDogs", x.goodWithDogs, x.notWithDogs);
    badge("goodWithCats", x.goodWithCats, x.notWithCats);
    badge("goodWithChildren", x.goodWithChildren, x.notWithChildren);
    return out.empty() ? out : "<div class=\"badges\">" + out + "</div>";
}

std::string feeText(const json& a, PageLanguage language)
{
    const AdoptionPageText& x = adoptionText(language);
    const std::int64_t minor = a.value("feeMinor", std::int64_t{0});
    if (minor <= 0) {
        return std::string(x.noFee);
    }
    return std::string(x.fee) + ": " + formatFee(minor, str(a, "feeCurrency"), language);
}

std::string photoUrl(const std::string& slug, const json& a, const json& photo)
{
    return "/adopt/" + slug + "/" + str(a, "id") + "/photos/" + str(photo, "id");
}

/** Text with its line breaks kept, escaped. */
std::string paragraphs(const std::string& text)
{
    std::string out;
    for (char c : htmlEscape(text)) {
        out += c == '\n' ? std::string("<br>") : std::string(1, c);
    }
    return out;
}

} // namespace

std::string formatFee(std::int64_t minor, std::string_view currency, PageLanguage language)
{
    // ISO 4217 currencies of the region (and a few others) that have no minor unit.
    static constexpr std::array<std::string_view, 8> kWhole{"CLP", "PYG", "JPY", "KRW", "ISK", "VND", "XAF", "XOF"};
    int digits = 2;
    for (std::string_view c : kWhole) {
        if (c == currency) {
            digits = 0;
        }
    }
    const bool english = language == PageLanguage::En;
    const char group = english ? ',' : '.';
    const char decimal = english ? '.' : ',';
    const std::uint64_t amount = minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    const std::uint64_t scale = digits == 0 ? 1 : 100;
    std::string whole = std::to_string(amount / scale);
    for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3) {
        whole.insert(static_cast<std::size_t>(at), 1, group);
    }
    std::string out = (minor < 0 ? "-" : "") + whole;
    if (digits != 0 && amount % scale != 0) {
        const std::uint64_t cents = amount % scale;
        out += decimal;
        out += static_cast<char>('0' + cents / 10);
        out += static_cast<char>('0' + cents % 10);
    }
    return currency.empty() ? out : htmlEscape(currency) + "\u00a0" + out;
}

AdoptionPage::AdoptionPage()
    : m_csp(strictPagePolicy(kStyle))
{}

std::string AdoptionPage::page(PageLanguage language, const std::string& title, const std::string& body,
                               const std::string& switchTarget) const
{
    const PageText& t = pageText(language);
    std::string nav = "<nav id=\"languages\" aria-label=\"" + std::string(t.languageLabel) + "\">";
    for (PageLanguage other : {PageLanguage::Es, PageLanguage::PtBr, PageLanguage::En}) {
        const PageText& o = pageText(other);
        if (other == language) {
            nav += "<strong lang=\"" + std::string(o.htmlLang) + "\">" + std::string(o.name) + "</strong>";
        } else if (!switchTarget.empty()) {
            nav += "<a lang=\"" + std::string(o.htmlLang) + "\" hreflang=\"" + std::string(o.htmlLang) + "\" href=\"" +
                   htmlEscape(switchTarget) + "?lang=" + std::string(o.htmlLang) + "\">" + std::string(o.name) + "</a>";
        }
    }
    nav += "</nav>";
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(t.htmlLang) +
           "\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"referrer\" content=\"no-referrer\"><title>" +
           htmlEscape(title) + "</title><style>" + std::string(kStyle) + "</style></head><body><main>" + nav + body +
           "</main></body></html>\n";
}

std::string AdoptionPage::list(const std::string& slug, const std::string& orgName, const json& animals,
                               const Date& today, PageLanguage language) const
{
    const PageText& t = pageText(language);
    const AdoptionPageText& x = adoptionText(language);
    std::string body = "<h1>" + std::string(x.listTitle) + "</h1><p class=\"muted\" id=\"intro\">" +
                       htmlEscape(substitute(x.listIntro, orgName)) + "</p>";
    if (animals.empty()) {
        body += "<div class=\"card\" id=\"no-animals\"><p>" + std::string(x.listEmpty) + "</p></div>";
    }
    body += "<div class=\"grid\" id=\"animals\">";
    for (const json& a : animals) {
        const std::string name = str(a, "name");
        const std::string self = "/adopt/" + slug + "/" + str(a, "id") + "?lang=" + std::string(t.htmlLang);
        body += "<a class=\"animal\" id=\"animal-" + htmlEscape(str(a, "id")) + "\" href=\"" + htmlEscape(self) +
                "\" aria-label=\"" + htmlEscape(substitute(x.moreAbout, name)) + "\">";
        const json& photos = a.at("photos");
        if (!photos.empty()) {
            body += "<img class=\"thumb\" src=\"" + htmlEscape(photoUrl(slug, a, photos[0])) + "\" alt=\"" +
                    htmlEscape(substitute(t.photoOf, name)) + "\">";
        } else {
            body += "<div class=\"thumb nophoto\">" + std::string(x.noPhoto) + "</div>";
        }
        body += "<div class=\"body\"><h2>" + htmlEscape(name) + "</h2><div class=\"facts\">" +
                htmlEscape(speciesAndSex(a, t));
        if (const std::string years = age(a, today, language); !years.empty()) {
            body += " · " + htmlEscape(years);
        }
        if (const std::string size = str(a, "size"); size != "unknown" && !size.empty()) {
            body += " · " + std::string(named(x.sizeNames, size, EnumNames<AnimalSize>::names));
        }
        body += "</div>" + badges(a, x) + "<div class=\"fee\">" + feeText(a, language) + "</div></div></a>";
    }
    body += "</div>";
    return page(language, std::string(x.listTitle) + " – " + orgName, body, "/adopt/" + slug);
}

std::string AdoptionPage::animal(const std::string& slug, const std::string& orgName, const json& a, const Date& today,
                                 PageLanguage language, const ApplicationFormState* state) const
{
    const PageText& t = pageText(language);
    const AdoptionPageText& x = adoptionText(language);
    const std::string name = str(a, "name");
    std::string body = "<p><a id=\"back\" href=\"/adopt/" + htmlEscape(slug) + "?lang=" + std::string(t.htmlLang) +
                       "\">← " + std::string(x.allAnimals) + "</a></p><div class=\"card\">";
    const json& photos = a.at("photos");
    if (!photos.empty()) {
        body += "<div class=\"photos\" id=\"photos\">";
        for (const json& photo : photos) {
            body += "<img src=\"" + htmlEscape(photoUrl(slug, a, photo)) + "\" alt=\"" +
                    htmlEscape(substitute(t.photoOf, name)) + "\">";
        }
        body += "</div>";
    }
    body += "<h1 id=\"animal-name\">" + htmlEscape(name) + "</h1>" + badges(a, x) + "<dl><dt>" +
            std::string(t.species) + "</dt><dd>" + htmlEscape(speciesAndSex(a, t)) + "</dd>";
    if (const std::string years = age(a, today, language); !years.empty()) {
        body += "<dt>" + std::string(t.age) + "</dt><dd>" + htmlEscape(years) + "</dd>";
    }
    if (const std::string size = str(a, "size"); size != "unknown" && !size.empty()) {
        body += "<dt>" + std::string(x.size) + "</dt><dd>" +
                std::string(named(x.sizeNames, size, EnumNames<AnimalSize>::names)) + "</dd>";
    }
    if (const std::string energy = str(a, "energy"); energy != "unknown" && !energy.empty()) {
        body += "<dt>" + std::string(x.energy) + "</dt><dd>" +
                std::string(named(x.energyNames, energy, EnumNames<EnergyLevel>::names)) + "</dd>";
    }
    body += "</dl><p class=\"fee\" id=\"fee\">" + feeText(a, language) + "</p>";
    if (const std::string description = str(a, "description"); !description.empty()) {
        body += "<p id=\"description\">" + paragraphs(description) + "</p>";
    }
    body += "</div>" + form(slug, a, language, state);
    return page(language, name + " – " + orgName, body, "/adopt/" + slug + "/" + str(a, "id"));
}

std::string AdoptionPage::thanks(const std::string& slug, PageLanguage language, bool repeated) const
{
    const PageText& t = pageText(language);
    const AdoptionPageText& x = adoptionText(language);
    return page(language, std::string(x.thanksTitle),
                "<div class=\"card\" id=\"application-thanks\"><h1>" + std::string(x.thanksTitle) + "</h1><p>" +
                    std::string(repeated ? x.thanksRepeated : x.thanksText) + "</p><p><a href=\"/adopt/" +
                    htmlEscape(slug) + "?lang=" + std::string(t.htmlLang) + "\">" + std::string(x.allAnimals) +
                    "</a></p></div>",
                "");
}

std::string AdoptionPage::notFound(PageLanguage language) const
{
    const AdoptionPageText& x = adoptionText(language);
    return page(language, std::string(x.notFoundTitle),
                "<div class=\"card\" id=\"not-found\"><h1>" + std::string(x.notFoundTitle) + "</h1><p>" +
                    std::string(x.notFoundText) + "</p></div>",
                "");
}

std::string AdoptionPage::problem(const std::string& slug, PageLanguage language, std::string_view message) const
{
    const PageText& t = pageText(language);
    const AdoptionPageText& x = adoptionText(language);
    return page(language, std::string(x.listTitle),
                "<div class=\"card\"><p class=\"error\" id=\"form-error\" role=\"alert\">" + htmlEscape(message) +
                    "</p><p><a href=\"/adopt/" + htmlEscape(slug) + "?lang=" + std::string(t.htmlLang) + "\">" +
                    std::string(x.allAnimals) + "</a></p></div>",
                "");
}

} // namespace petinfo::server
