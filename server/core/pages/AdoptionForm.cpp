// SPDX-License-Identifier: GPL-3.0-or-later
// The application form of an animal's adoption page: the kiosk's fields, the consent text and a
// typed signature (there is no script to draw one), a honeypot and the form token's slot.
#include "pages/AdoptionPage.h"
#include "pages/AdoptionPageText.h"
#include "pages/TagPage.h"
#include "petinfo/common/Adoption.h"
#include "publicforms/PublicForm.h"

#include <utility>
#include <vector>

namespace petinfo::server {

namespace {

class FormWriter
{
public:
    explicit FormWriter(const ApplicationFormState* state)
        : m_state(state)
    {}

    std::string value(const std::string& name) const
    {
        if (!m_state) {
            return {};
        }
        const auto it = m_state->values.find(name);
        return it == m_state->values.end() ? std::string() : it->second;
    }

    std::string invalid(const std::string& name) const
    {
        return m_state && m_state->invalidFields.contains(name) ? " aria-invalid=\"true\"" : "";
    }

    std::string label(const std::string& name, std::string_view text, bool required) const
    {
        return "<label for=\"f-" + name + "\">" + htmlEscape(text) + (required ? " *" : "") + "</label>";
    }

    std::string hint(const std::string& name, std::string_view text) const
    {
        return "<p class=\"hint\" id=\"f-" + name + "-hint\">" + htmlEscape(text) + "</p>";
    }

    /** `attributes` are fixed text of ours (type, maxlength, autocomplete …), never typed input. */
    std::string input(const std::string& name, std::string_view text, bool required, const std::string& attributes,
                      std::string_view hintText = {}) const
    {
        std::string out = label(name, text, required) + "<input id=\"f-" + name + "\" name=\"" + name + "\" " +
                          attributes + (required ? " required" : "") + invalid(name);
        if (!hintText.empty()) {
            out += " aria-describedby=\"f-" + name + "-hint\"";
        }
        out += " value=\"" + htmlEscape(value(name)) + "\">";
        return hintText.empty() ? out : out + hint(name, hintText);
    }

    std::string textarea(const std::string& name, std::string_view text, std::size_t maxLength,
                         std::string_view hintText = {}) const
    {
        std::string out = label(name, text, false) + "<textarea id=\"f-" + name + "\" name=\"" + name +
                          "\" rows=\"3\" maxlength=\"" + std::to_string(maxLength) + "\"" + invalid(name);
        if (!hintText.empty()) {
            out += " aria-describedby=\"f-" + name + "-hint\"";
        }
        out += ">" + htmlEscape(value(name)) + "</textarea>";
        return hintText.empty() ? out : out + hint(name, hintText);
    }

    std::string select(const std::string& name, std::string_view text,
                       const std::vector<std::pair<std::string_view, std::string_view>>& options,
                       std::string_view fallback) const
    {
        std::string chosen = value(name);
        if (chosen.empty()) {
            chosen = fallback;
        }
        std::string out =
            label(name, text, false) + "<select id=\"f-" + name + "\" name=\"" + name + "\"" + invalid(name) + ">";
        for (const auto& [wire, shown] : options) {
            out += "<option value=\"" + std::string(wire) + "\"" + (wire == chosen ? " selected" : "") + ">" +
                   htmlEscape(shown) + "</option>";
        }
        return out + "</select>";
    }

private:
    const ApplicationFormState* m_state;
};

} // namespace

std::string AdoptionPage::form(const std::string& slug, const nlohmann::json& animal, PageLanguage language,
                               const ApplicationFormState* state) const
{
    const PageText& t = pageText(language);
    const AdoptionPageText& x = adoptionText(language);
    const FormWriter f(state);
    const std::string id = animal.value("id", "");
    const std::string name = animal.value("name", "");
    const auto homeOption = [&x](HomeType type) {
        return std::pair{enumName(type), x.homeNames[static_cast<std::size_t>(type)]};
    };
    std::string out = "<section class=\"card\" id=\"apply\"><h2>" + htmlEscape(substitute(x.applyHeading, name)) +
                      "</h2><p class=\"muted\">" + std::string(x.applyIntro) + "</p>";
    if (state && !state->errors.empty()) {
        out += "<div class=\"error\" id=\"form-errors\" role=\"alert\"><strong>" + std::string(x.errorsHeading) +
               "</strong><ul>";
        for (const std::string& error : state->errors) {
            out += "<li>" + htmlEscape(error) + "</li>";
        }
        out += "</ul></div>";
    }
    // The fragment brings the answer to a refused form straight back to the form.
    out += "<form method=\"post\" action=\"/adopt/" + htmlEscape(slug) + "/" + htmlEscape(id) +
           "#apply\" accept-charset=\"utf-8\">" + std::string(TagPage::kTokenSlot) +
           "<input type=\"hidden\" name=\"lang\" value=\"" + std::string(t.htmlLang) + "\">";
    out += f.input("applicantName", x.applicantName, true, "maxlength=\"200\" autocomplete=\"name\"");
    out += f.input("phone", x.phone, false, "type=\"tel\" maxlength=\"40\" autocomplete=\"tel\"", x.contactHint);
    out += f.input("email", x.email, false, "type=\"email\" maxlength=\"200\" autocomplete=\"email\"");
    out += f.input("address", x.address, false, "maxlength=\"400\" autocomplete=\"street-address\"");
    out += "<div class=\"row\"><div>" +
           f.input("adults", x.adults, false, "type=\"number\" min=\"1\" max=\"20\" inputmode=\"numeric\"") +
           "</div><div>" +
           f.input("children", x.children, false, "type=\"number\" min=\"0\" max=\"20\" inputmode=\"numeric\"") +
           "</div></div>";
    out += f.input("childrenAges", x.childrenAges, false, "maxlength=\"100\"", x.childrenAgesHint);
    out += f.select("homeType", x.homeType,
                    {homeOption(HomeType::House), homeOption(HomeType::Apartment), homeOption(HomeType::Farm),
                     homeOption(HomeType::Other)},
                    "house");
    out += f.select("yard", x.yard, {{"yes", x.yardYes}, {"no", x.yardNo}, {"unknown", x.yardUnsure}}, "unknown");
    out += f.select("landlordPermitsPets", x.landlord,
                    {{"not_applicable", x.landlordOwn},
                     {"yes", x.landlordYes},
                     {"no", x.landlordNo},
                     {"unknown", x.landlordUnsure}},
                    "not_applicable");
    out += f.textarea("otherPets", x.otherPets, 1000, x.otherPetsHint);
    out += f.textarea("experience", x.experience, 2000);
    out += f.textarea("message", x.message, 2000);
    out += "<h2>" + std::string(x.consentHeading) + "</h2><p class=\"consent\" id=\"consent-text\">" +
           std::string(x.consentText) + "</p><label class=\"check\"><input type=\"checkbox\" name=\"consent\" " +
           "value=\"yes\" id=\"f-consent\" required" + f.invalid("consent") +
           (f.value("consent") == "yes" ? " checked" : "") + "><span>" + std::string(x.consentCheck) +
           " *</span></label>";
    out += f.input("signatureName", x.signatureName, true, "maxlength=\"200\" autocomplete=\"off\"", x.signatureHint);
    out += "<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">" + std::string(x.honeypot) +
           "</label><input id=\"website\" name=\"" + std::string(publicforms::kHoneypotField) +
           "\" tabindex=\"-1\" autocomplete=\"off\" value=\"\"></div>"
           "<button type=\"submit\" id=\"apply-submit\">" +
           std::string(x.send) + "</button><p class=\"muted\">" + std::string(x.privacy) + "</p></form></section>";
    return out;
}

} // namespace petinfo::server
