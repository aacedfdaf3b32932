// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace petinfo::bench {

/** In a fresh process: unlock the database (key handed over as the keychain would), load the pet
 *  list into the real model, proxy and a table view, print "usable", then type filter text one key
 *  at a time and print the timings as JSON. */
int launchProbe(const QString& databasePath);

} // namespace petinfo::bench
