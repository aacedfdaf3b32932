// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publicforms/FormTokens.h"
#include "security/RateLimiter.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace petinfo::server::publicforms {

/** The hidden fields every protected form carries. */
inline constexpr std::string_view kTokenField = "form_token";
/** Left empty by people (the field is hidden from them); bots that fill every input fill it. */
inline constexpr std::string_view kHoneypotField = "website";

struct FieldRule
{
    std::string name;
    std::size_t maxBytes = 200; ///< decoded; a longer value refuses the whole form
    bool required = false;
    bool multiline = false;
};

/** One public form: what it is for (tokens of one form never work on another) and its fields. */
struct FormSpec
{
    std::string purpose;
    std::vector<FieldRule> fields;
    std::size_t maxBodyBytes = 16 * 1024;
};

struct FormLimits
{
    double perAddressPerMinute = 6; ///< submissions per client address, after the burst
    int burst = 5;
};

enum class Rejection
{
    None,
    RateLimited,  ///< 429, with retryAfterSeconds
    BodyTooLarge, ///< 413
    NotAForm,     ///< 415: not application/x-www-form-urlencoded
    Malformed,    ///< 400
    FieldTooLong, ///< 400, `field` says which
    MissingField, ///< 400, `field` says which (after cleaning, e.g. only spaces)
    Honeypot,     ///< answer as if it worked, act on nothing
    TokenMissing, ///< 400: show the form again with a fresh token
    TokenInvalid,
    TokenExpired
};

/** A submission that passed (or failed) the checks; its token is not used up yet. */
struct Submission
{
    Rejection rejection = Rejection::None;
    std::string field;
    std::int64_t retryAfterSeconds = 0;
    /** The form's fields, cleaned (see cleanText); every field of the spec is present. */
    std::map<std::string, std::string> values;
    CheckedToken token;

    bool accepted() const { return rejection == Rejection::None; }
    const std::string& value(const std::string& name) const;
};

/** Protection for server-rendered, script-free public forms (found pet, adoption): a signed
 *  single-use token bound to the form and its page, a honeypot, a per-address rate limit, size
 *  limits per field and per body, and text cleaned of control characters. Pages escape what
 *  they show with htmlEscape (pages/TagPage.h). One instance per process; thread-safe.
 *
 *  Use: render with `issueToken(purpose, page)` in a hidden `form_token` input and an empty,
 *  hidden `website` input; on POST call `check`, and when accepted act on it in a transaction
 *  that begins with `FormTokens::consume(db, submission.token, now)` (false: already done). */
class PublicForms
{
public:
    PublicForms(std::string key, std::int64_t tokenTtlMs, FormLimits limits);

    std::string issueToken(std::string_view purpose, std::string_view subject, std::int64_t nowMs) const;
    Submission check(const FormSpec& spec, std::string_view subject, std::string_view contentType,
                     std::string_view body, const std::string& clientAddress, std::int64_t nowMs);
    bool consume(DbConnection& db, const Submission& submission, std::int64_t nowMs) const;

    const FormTokens& tokens() const { return m_tokens; }

private:
    FormTokens m_tokens;
    RateLimiter m_perAddress;
};

} // namespace petinfo::server::publicforms
