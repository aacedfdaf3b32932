// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicforms/PublicForm.h"

#include "publicforms/FormBody.h"

#include <algorithm>
#include <cctype>

namespace petinfo::server::publicforms {

namespace {

bool isFormContentType(std::string_view contentType)
{
    std::string lower(contentType.substr(0, contentType.find(';')));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!lower.empty() && lower.back() == ' ') {
        lower.pop_back();
    }
    return lower == "application/x-www-form-urlencoded";
}

} // namespace

const std::string& Submission::value(const std::string& name) const
{
    static const std::string empty;
    const auto it = values.find(name);
    return it == values.end() ? empty : it->second;
}

PublicForms::PublicForms(std::string key, std::int64_t tokenTtlMs, FormLimits limits)
    : m_tokens(std::move(key), tokenTtlMs)
    , m_perAddress(std::max(1, limits.burst), limits.perAddressPerMinute / 60.0)
{}

std::string PublicForms::issueToken(std::string_view purpose, std::string_view subject, std::int64_t nowMs) const
{
    return m_tokens.issue(purpose, subject, nowMs);
}

Submission PublicForms::check(const FormSpec& spec, std::string_view subject, std::string_view contentType,
                              std::string_view body, const std::string& clientAddress, std::int64_t nowMs)
{
    Submission out;
    // Every attempt counts against the address, good or bad, before any work is done for it.
    if (!m_perAddress.allow(spec.purpose + "|" + clientAddress, &out.retryAfterSeconds)) {
        out.rejection = Rejection::RateLimited;
        return out;
    }
    if (body.size() > spec.maxBodyBytes) {
        out.rejection = Rejection::BodyTooLarge;
        return out;
    }
    if (!isFormContentType(contentType)) {
        out.rejection = Rejection::NotAForm;
        return out;
    }
    const auto limitFor = [&spec](std::string_view name) -> std::size_t {
        if (name == kTokenField) {
            return 200;
        }
        for (const FieldRule& rule : spec.fields) {
            if (rule.name == name) {
                return rule.maxBytes;
            }
        }
        return 200; // the honeypot and anything unknown (ignored)
    };
    DecodedBody decoded = decodeFormBody(body, spec.fields.size() + 8, limitFor);
    if (decoded.problem == BodyProblem::Repeated && decoded.field == kHoneypotField) {
        out.rejection = Rejection::Honeypot; // only a robot sends the hidden field, let alone twice
        return out;
    }
    if (decoded.problem) {
        out.rejection = *decoded.problem == BodyProblem::FieldTooLong ? Rejection::FieldTooLong : Rejection::Malformed;
        out.field = decoded.field;
        return out;
    }
    if (const auto trap = decoded.values.find(std::string(kHoneypotField));
        trap != decoded.values.end() && !trap->second.empty()) {
        out.rejection = Rejection::Honeypot;
        return out;
    }
    // The values first, so that a form refused for its token can be shown again as it was typed.
    for (const FieldRule& rule : spec.fields) {
        const auto it = decoded.values.find(rule.name);
        out.values.emplace(rule.name,
                           it == decoded.values.end() ? std::string{} : cleanText(it->second, rule.multiline));
    }
    const auto token = decoded.values.find(std::string(kTokenField));
    out.token = m_tokens.check(token == decoded.values.end() ? std::string_view{} : token->second, spec.purpose,
                               subject, nowMs);
    switch (out.token.status) {
    case TokenStatus::Valid:
        break;
    case TokenStatus::Missing:
        out.rejection = Rejection::TokenMissing;
        return out;
    case TokenStatus::Expired:
        out.rejection = Rejection::TokenExpired;
        return out;
    case TokenStatus::Invalid:
    case TokenStatus::Used:
        out.rejection = Rejection::TokenInvalid;
        return out;
    }
    for (const FieldRule& rule : spec.fields) {
        if (rule.required && out.values[rule.name].empty()) {
            out.rejection = Rejection::MissingField;
            out.field = rule.name;
        }
    }
    return out;
}

bool PublicForms::consume(DbConnection& db, const Submission& submission, std::int64_t nowMs) const
{
    return submission.accepted() && FormTokens::consume(db, submission.token, nowMs);
}

} // namespace petinfo::server::publicforms
