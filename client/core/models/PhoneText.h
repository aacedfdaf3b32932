// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace petinfo::client {

/** The country whose way of writing phone numbers the app reads and shows (ISO 3166-1 alpha-2,
 *  "AR"). Like QLocale::setDefault: set once at start and again when Preferences change it; read
 *  from any thread. Empty: only international numbers are accepted. */
void setPhoneRegion(const QString& region);
QString phoneRegion();
/** The region of the system's locale ("AR" for es_AR), or empty when the locale names none. */
QString systemPhoneRegion();

/** A stored (E.164) number as the current region writes it: "011 4321-9876" for an Argentine
 *  number in Argentina, "+55 11 98765-4321" for a Brazilian one. Other text is shown unchanged. */
QString phoneForDisplay(QStringView e164);
/** Several numbers stored space-separated (as list summaries hold them), each for display. */
QStringList phonesForDisplay(QStringView spaceSeparated);
/** Digits people type when searching for the number (see phone::searchForms). */
QStringList phoneSearchForms(QStringView e164);
/** An example number of the current region, for placeholders ("e.g. 011 15-2345-6789"). */
QString phoneExample();

} // namespace petinfo::client
