// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/Adoption.h"

#include <algorithm>
#include <charconv>
#include <tuple>

namespace petinfo {

namespace {

using S = AdoptionStatus;
using A = ApplicationStatus;

/** The animal's status path. Transferred and deceased end a stay; an animal that comes back after
 *  a transfer starts again at intake. */
std::vector<AdoptionStatus> allowedFrom(AdoptionStatus from)
{
    switch (from) {
    case S::Intake:
        return {S::InCare, S::OnHold, S::Transferred, S::Deceased};
    case S::InCare:
        return {S::Adoptable, S::OnHold, S::Transferred, S::Deceased};
    case S::Adoptable:
        return {S::InCare, S::Reserved, S::OnHold, S::Transferred, S::Deceased};
    case S::Reserved:
        // The reservation falls through (back to adoptable) or the adoption is completed.
        return {S::Adoptable, S::Adopted, S::OnHold, S::Deceased};
    case S::Adopted:
        return {S::Returned};
    case S::OnHold:
        return {S::InCare, S::Adoptable, S::Transferred, S::Deceased};
    case S::Returned:
        return {S::InCare, S::Adoptable, S::OnHold, S::Transferred, S::Deceased};
    case S::Transferred:
        return {S::Intake};
    case S::Deceased:
        return {};
    }
    return {};
}

std::vector<ApplicationStatus> allowedFrom(ApplicationStatus from)
{
    switch (from) {
    case A::New:
        return {A::Contacted, A::Declined, A::Withdrawn};
    case A::Contacted:
        return {A::Approved, A::Declined, A::Withdrawn};
    case A::Approved:
        // The adopter changes their mind, or staff learn something that changes the decision.
        return {A::Declined, A::Withdrawn};
    case A::Declined:
    case A::Withdrawn:
        return {};
    }
    return {};
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::optional<int> parseInt(std::string_view text)
{
    int value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + 1;
    }
}

std::string foldName(std::string_view text)
{
    std::string out;
    bool space = false;
    for (char c : text) {
        if (isAsciiSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out.push_back(' ');
            space = false;
        }
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
}

} // namespace

bool isAllowedTransition(AdoptionStatus from, AdoptionStatus to)
{
    const auto next = allowedFrom(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

bool isAllowedInitialStatus(AdoptionStatus status)
{
    return status == S::Intake || status == S::InCare || status == S::Adoptable;
}

std::vector<AdoptionStatus> nextStatuses(AdoptionStatus from)
{
    return allowedFrom(from);
}

bool isAllowedTransition(ApplicationStatus from, ApplicationStatus to)
{
    const auto next = allowedFrom(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

std::vector<ApplicationStatus> nextStatuses(ApplicationStatus from)
{
    return allowedFrom(from);
}

bool isClosed(ApplicationStatus status)
{
    return status == A::Declined || status == A::Withdrawn;
}

const StatusChange* latestChange(const std::vector<StatusChange>& history, std::string_view subjectId)
{
    const StatusChange* latest = nullptr;
    for (const StatusChange& change : history) {
        if (change.subjectId != subjectId) {
            continue;
        }
        if (!latest ||
            std::tie(latest->date, latest->atMs, latest->id) < std::tie(change.date, change.atMs, change.id)) {
            latest = &change;
        }
    }
    return latest;
}

std::optional<int> daysInCare(const Intake& intake, const Date& today)
{
    if (!intake.date.isValid() || !today.isValid()) {
        return std::nullopt;
    }
    return std::max(0, static_cast<int>(today.toDays() - intake.date.toDays()));
}

std::optional<std::vector<int>> parseChildrenAges(std::string_view text)
{
    std::vector<int> ages;
    bool blank = true;
    for (char c : text) {
        blank = blank && isAsciiSpace(c);
    }
    if (blank) {
        return ages;
    }
    for (std::string_view part : split(text, ',')) {
        while (!part.empty() && isAsciiSpace(part.front())) {
            part.remove_prefix(1);
        }
        while (!part.empty() && isAsciiSpace(part.back())) {
            part.remove_suffix(1);
        }
        const auto age = parseInt(part);
        if (!age) {
            return std::nullopt;
        }
        ages.push_back(*age);
    }
    return ages;
}

bool typedSignatureMatches(std::string_view typed, std::string_view name)
{
    const std::string a = foldName(typed);
    return !a.empty() && a == foldName(name);
}

std::string encodeSignature(const Signature& signature)
{
    if (signature.strokes.empty()) {
        return {};
    }
    std::string out = std::to_string(signature.width) + "x" + std::to_string(signature.height) + ":";
    bool firstStroke = true;
    for (const auto& stroke : signature.strokes) {
        if (!firstStroke) {
            out.push_back(';');
        }
        firstStroke = false;
        bool firstPoint = true;
        for (const auto& p : stroke) {
            if (!firstPoint) {
                out.push_back(' ');
            }
            firstPoint = false;
            out += std::to_string(p.x);
            out.push_back(',');
            out += std::to_string(p.y);
        }
    }
    return out;
}

std::optional<Signature> decodeSignature(std::string_view text)
{
    Signature signature;
    if (text.empty()) {
        return signature;
    }
    if (text.size() > limits::kMaxSignatureText) {
        return std::nullopt;
    }
    const auto colon = text.find(':');
    const auto x = text.find('x');
    if (colon == std::string_view::npos || x == std::string_view::npos || x > colon) {
        return std::nullopt;
    }
    const auto width = parseInt(text.substr(0, x));
    const auto height = parseInt(text.substr(x + 1, colon - x - 1));
    if (!width || !height || *width < 1 || *height < 1 || *width > limits::kMaxSignatureExtent ||
        *height > limits::kMaxSignatureExtent) {
        return std::nullopt;
    }
    signature.width = *width;
    signature.height = *height;
    std::size_t points = 0;
    const auto strokes = split(text.substr(colon + 1), ';');
    if (strokes.size() > limits::kMaxSignatureStrokes) {
        return std::nullopt;
    }
    for (std::string_view strokeText : strokes) {
        std::vector<Signature::Point> stroke;
        for (std::string_view pointText : split(strokeText, ' ')) {
            const auto comma = pointText.find(',');
            if (comma == std::string_view::npos) {
                return std::nullopt;
            }
            const auto px = parseInt(pointText.substr(0, comma));
            const auto py = parseInt(pointText.substr(comma + 1));
            if (!px || !py || *px < 0 || *py < 0 || *px > signature.width || *py > signature.height) {
                return std::nullopt;
            }
            stroke.push_back({*px, *py});
            if (++points > limits::kMaxSignaturePoints) {
                return std::nullopt;
            }
        }
        signature.strokes.push_back(std::move(stroke));
    }
    return signature;
}

} // namespace petinfo
