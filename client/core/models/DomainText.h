// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Date.h"
#include "petinfo/common/Domain.h"

#include <QDate>
#include <QString>

#include <optional>

namespace petinfo::client {

/** Translated names of the domain's enums, for list columns and the editor's choices. */
QString speciesLabel(Species value);
QString sexLabel(Sex value);
QString neuteredLabel(Neutered value);
QString statusLabel(PetStatus value);
QString healthKindLabel(HealthKind value);
QString contactRoleLabel(ContactRole value);
QString attachmentKindLabel(AttachmentKind value);

/** "Overdue by 3 days", "Due today", "Due in 5 days". */
QString dueText(const Date& due, const Date& today);

/** A short "2 y 3 m" age, or empty without a birth date. */
QString ageText(const std::optional<Date>& birthDate, const Date& today);

/** Decimals a weight is shown with: 2 below 100 kg, 1 above (the report's rule too). */
int kgDecimals(double kg);
/** "12.50 kg" in the user's locale. */
QString weightText(double kg);
/** "+0.80 kg": a change beside the weight `kg`, with the same number of decimals. */
QString weightChangeText(double delta, double kg);
/** "1.2 MB" in the user's locale. */
QString sizeText(qint64 bytes);

inline QDate toQDate(const Date& d)
{
    return QDate(d.year, static_cast<int>(d.month), static_cast<int>(d.day));
}
inline Date fromQDate(const QDate& d)
{
    return Date{d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day())};
}
/** The user's short date format with a four-digit year, for date edits and lists. */
QString dateFormat();
/** The date in the user's short locale format ("22/11/2026" or "11/22/26"). */
QString dateText(const Date& date);
QString dateText(const std::optional<Date>& date);
/** Local date and time of a Unix time in milliseconds. */
QString dateTimeText(qint64 msSinceEpoch);

} // namespace petinfo::client
