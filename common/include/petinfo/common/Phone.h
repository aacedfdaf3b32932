// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Validation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/** Phone numbers as people in a country write them, stored as E.164. Backed by Google's
 *  libphonenumber: its per-country metadata knows trunk prefixes, mobile prefixes (Argentina's
 *  "15" becomes "9" after the country code) and each country's grouping, which a few rules of our
 *  own would get wrong for most of the countries our users live in. */
namespace petinfo::phone {

/** A region is an ISO 3166-1 alpha-2 code such as "AR", "BR" or "MX" (upper case). */
struct Parsed
{
    std::string e164; ///< "+541143219876"; empty when not valid
    std::optional<ValidationCode> issue;

    bool valid() const { return !issue.has_value(); }
};

/** Reads a number typed the way people in `region` write it ("011 4321-9876", "(11) 98765-4321")
 *  or in international form ("+54 11 4321 9876", "0054…"). Without a region, only international
 *  numbers are accepted (PhoneNoCountryCode otherwise). */
Parsed parse(std::string_view typed, std::string_view region);

/** A stored number for display: in the national format when it belongs to `region`
 *  ("011 4321-9876"), otherwise international ("+55 11 98765-4321"). Text that is not a number is
 *  returned unchanged. */
std::string format(std::string_view e164, std::string_view region);
/** International format, "+54 11 4321-9876". */
std::string formatInternational(std::string_view e164);

/** Digit strings a person may type when searching for this number: the E.164 form with '+' and
 *  the national form with its trunk prefix (digits only); any substring of them matches too. */
std::vector<std::string> searchForms(std::string_view e164, std::string_view region);

/** The region a number belongs to ("AR"), or empty. */
std::string regionOf(std::string_view e164);
/** Country calling code of a region (54 for "AR"), 0 when unknown. */
int callingCode(std::string_view region);
bool isKnownRegion(std::string_view region);
/** Every region the metadata knows, sorted. */
std::vector<std::string> regions();
/** A mobile number of the region in national format, for hints ("011 15-2345-6789"). */
std::string exampleNumber(std::string_view region);

} // namespace petinfo::phone
