// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

namespace petinfo::report::detail {

/** Translated names of domain values, as printed on tags and reports. */
QString speciesName(Species species);
QString sexName(Sex sex);
QString neuteredName(Neutered neutered);
QString statusName(PetStatus status);
QString healthKindName(HealthKind kind);

/** "2 years 3 months", "5 months", "less than a month". */
QString ageText(int months);
/** A date in the locale's short format with a four-digit year (never "3/1/25"). */
QString formatDate(const Date& date, const QLocale& locale);
QString formatDate(const std::optional<Date>& date, const QLocale& locale);
/** Milliseconds since the epoch (UTC) to a local date in the same format. */
QString formatTimestamp(std::int64_t msSinceEpoch, const QLocale& locale);
QString formatKg(double kg, const QLocale& locale);

inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace petinfo::report::detail
