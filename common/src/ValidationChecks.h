// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the common library: the field checks every validate() shares (Validation.cpp,
// AdoptionValidation.cpp, FoundAnimalCodec.cpp).

#include "petinfo/common/Random.h"
#include "petinfo/common/Text.h"
#include "petinfo/common/Validation.h"

#include <string>

namespace petinfo::checks {

/** Texts hold no control characters (a multi-line one: TAB, LF and CR only). The server refuses
 *  them too (sync::fieldFault), so a record saved with one would never sync. */
inline void clean(ValidationReport& report, const std::string& field, const std::string& value, bool multiLine)
{
    if (!isCleanText(value, multiLine)) {
        report.add(field, ValidationCode::ControlCharacter);
    }
}

inline void required(ValidationReport& report, const std::string& field, const std::string& value, std::size_t limit,
                     bool multiLine = false)
{
    if (trimmed(value).empty()) {
        report.add(field, ValidationCode::Required);
    } else if (utf8Length(value) > limit) {
        report.add(field, ValidationCode::TooLong);
    }
    clean(report, field, value, multiLine);
}

inline void length(ValidationReport& report, const std::string& field, const std::string& value, std::size_t limit,
                   bool multiLine = false)
{
    if (utf8Length(value) > limit) {
        report.add(field, ValidationCode::TooLong);
    }
    clean(report, field, value, multiLine);
}

inline void id(ValidationReport& report, const std::string& field, const std::string& value, bool isRequired = true)
{
    if ((isRequired || !value.empty()) && !isUuid(value)) {
        report.add(field, ValidationCode::InvalidId);
    }
}

} // namespace petinfo::checks
