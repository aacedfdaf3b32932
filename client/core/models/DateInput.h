// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace petinfo::client {

/** What a typed date turned out to be. */
struct DateInput
{
    enum class State
    {
        Empty,   ///< nothing typed
        Valid,   ///< `date` holds the date
        Invalid, ///< text that is not one date: no guess is made
    };
    State state = State::Empty;
    QDate date;

    bool isEmpty() const { return state == State::Empty; }
    bool isValid() const { return state == State::Valid; }
};

/** Reads a date as people type it, in `locale` (month names in English too):
 *  - ISO "2020-03-15" and "2020/3/15" (a four-digit year first is always year, month, day);
 *  - numbers in the locale's order ("15/03/2020" day first in es, pt-BR and en-GB, "3/15/2020" in
 *    en-US), with '/', '.', '-' or spaces; when only one order gives a real date ("15/03/2020" in
 *    en-US) that one is taken;
 *  - a month name or its first three or more letters: "15 Mar 2020", "March 15, 2020",
 *    "15 de marzo de 2020", "15 março 2020", "15-mar-2020";
 *  - two-digit years: the one of the 100 years ending 20 years after `reference` ("15/03/20" is 2020).
 *  Anything else (no year, day 31 of a 30-day month, an unknown word) is Invalid: a date is never
 *  rolled over or guessed. */
DateInput parseDateInput(const QString& text, const QLocale& locale, const QDate& reference);

/** The locale's short date format with a four-digit year: what date fields show. */
QString fullYearDateFormat(const QLocale& locale);

} // namespace petinfo::client
