// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace petinfo::server {

class DbConnection;

/** The public address of an organisation's adoption page, `/adopt/<slug>`: 3 to 40 characters of
 *  a-z, 0-9 and single dashes between them, unique across the server (migration 11). Every
 *  organisation has one from its creation (made from its name); an admin may choose another. */
namespace slugs {

inline constexpr std::size_t kMinLength = 3;
inline constexpr std::size_t kMaxLength = 40;

/** Whether `slug` has the shape of a slug (it may still be taken, or reserved). */
bool isValid(std::string_view slug);
/** Words the server keeps for itself ("api", "admin" …): never an organisation's. */
bool isReserved(std::string_view slug);
/** A slug made of a name: accents dropped ("Refugio Patitas Felices" -> "refugio-patitas-felices",
 *  "São João" -> "sao-joao"), anything else turned into dashes, cut at kMaxLength. Names with
 *  nothing usable (only emoji, Chinese) give "shelter". */
std::string fromName(std::string_view name);

/** Gives an organisation the first free slug of `name` ("name", "name-2", "name-3" …). Inside
 *  the caller's write transaction; returns it. */
std::string assignDefault(DbConnection& db, const std::string& orgId, std::string_view name);

enum class Outcome
{
    Set,
    Invalid, ///< not the shape of a slug, or reserved
    Taken    ///< another organisation has it
};
/** An admin's choice. Unchanged when `slug` is the organisation's already. */
Outcome choose(DbConnection& db, const std::string& orgId, const std::string& slug);

/** The organisation of a slug; nullopt when none (or when `slug` cannot be one). */
std::optional<std::string> organisationOf(DbConnection& db, std::string_view slug);
/** The slug of an organisation ("" when it has none yet). */
std::string slugOf(DbConnection& db, const std::string& orgId);

/** Migration 11's repair: a default slug for every organisation that has none. */
void assignMissing(DbConnection& db);

} // namespace slugs

} // namespace petinfo::server
