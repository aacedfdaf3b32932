// SPDX-License-Identifier: GPL-3.0-or-later
#include "adoption/PublicSlugs.h"

#include "db/Database.h"

#include <array>

namespace petinfo::server::slugs {

namespace {

// Paths the server or a reverse proxy in front of it may want one day; no organisation gets them.
constexpr std::array<std::string_view, 13> kReserved{"api", "admin", "adopt", "static", "assets",  "login", "new",
                                                     "www", "help",  "about", "t",      "petinfo", "pet"};

/** ASCII letters for the Latin-1 letters of Spanish, Portuguese and their neighbours, by code
 *  point from U+00C0; "" for signs (×, ÷). */
constexpr std::array<std::string_view, 64> kLatin1{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // À-Ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // Ð-ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // à-ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"}; // ð-ÿ

/** The next code point of UTF-8 text (U+FFFD for a broken sequence), advancing `at`. */
char32_t nextCodePoint(std::string_view text, std::size_t& at)
{
    const auto lead = static_cast<unsigned char>(text[at++]);
    if (lead < 0x80) {
        return lead;
    }
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra < 0) {
        return 0xFFFD;
    }
    char32_t cp = lead & (0x3F >> extra);
    for (int i = 0; i < extra; ++i) {
        if (at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) {
            return 0xFFFD;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(text[at++]) & 0x3F);
    }
    return cp;
}

bool taken(DbConnection& db, std::string_view slug, const std::string& exceptOrg)
{
    return !db.rows("SELECT id FROM organisations WHERE public_slug = ? AND id <> ?", std::string(slug), exceptOrg)
                .empty();
}

} // namespace

bool isValid(std::string_view slug)
{
    if (slug.size() < kMinLength || slug.size() > kMaxLength || slug.front() == '-' || slug.back() == '-') {
        return false;
    }
    char previous = 0;
    for (char c : slug) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
        if (!ok) {
            return false;
        }
        previous = c;
    }
    return true;
}

bool isReserved(std::string_view slug)
{
    for (std::string_view word : kReserved) {
        if (slug == word) {
            return true;
        }
    }
    return false;
}

std::string fromName(std::string_view name)
{
    std::string out;
    const auto dash = [&out] {
        if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    };
    for (std::size_t at = 0; at < name.size() && out.size() <= kMaxLength;) {
        const char32_t cp = nextCodePoint(name, at);
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            out += static_cast<char>(cp);
        } else if (cp >= 'A' && cp <= 'Z') {
            out += static_cast<char>(cp - 'A' + 'a');
        } else if (cp >= 0xC0 && cp <= 0xFF && !kLatin1[cp - 0xC0].empty()) {
            out += kLatin1[cp - 0xC0];
        } else if (cp == 0x152 || cp == 0x153) {
            out += "oe";
        } else if (cp != '\'' && cp != 0x2019) { // "Noah's Ark" -> "noahs-ark"
            dash();
        }
    }
    if (out.size() > kMaxLength) {
        out.resize(kMaxLength);
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    if (out.size() < kMinLength || isReserved(out)) {
        out = out.empty() ? std::string("shelter") : "shelter-" + out;
    }
    return out;
}

std::string assignDefault(DbConnection& db, const std::string& orgId, std::string_view name)
{
    const std::string base = fromName(name);
    std::string slug = base;
    for (int n = 2; taken(db, slug, orgId); ++n) {
        const std::string suffix = "-" + std::to_string(n);
        std::string stem = base.substr(0, kMaxLength - suffix.size());
        while (!stem.empty() && stem.back() == '-') {
            stem.pop_back();
        }
        slug = stem + suffix;
    }
    db.exec("UPDATE organisations SET public_slug = ? WHERE id = ?", slug, orgId);
    return slug;
}

Outcome choose(DbConnection& db, const std::string& orgId, const std::string& slug)
{
    if (!isValid(slug) || isReserved(slug)) {
        return Outcome::Invalid;
    }
    if (taken(db, slug, orgId)) {
        return Outcome::Taken;
    }
    db.exec("UPDATE organisations SET public_slug = ? WHERE id = ?", slug, orgId);
    return Outcome::Set;
}

std::optional<std::string> organisationOf(DbConnection& db, std::string_view slug)
{
    if (!isValid(slug)) {
        return std::nullopt;
    }
    const SqlRows rows = db.rows("SELECT id FROM organisations WHERE public_slug = ?", std::string(slug));
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows.text(0, 0);
}

std::string slugOf(DbConnection& db, const std::string& orgId)
{
    const SqlRows rows = db.rows("SELECT public_slug FROM organisations WHERE id = ?", orgId);
    return rows.empty() ? std::string() : rows.text(0, 0);
}

void assignMissing(DbConnection& db)
{
    // Oldest first: the first shelter called "Patitas" keeps "patitas".
    const SqlRows rows = db.rows("SELECT id, name FROM organisations WHERE public_slug = '' ORDER BY created_ms, id");
    for (std::size_t r = 0; r < rows.size(); ++r) {
        assignDefault(db, rows.text(r, 0), rows.text(r, 1));
    }
}

} // namespace petinfo::server::slugs
