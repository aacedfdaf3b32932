// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace petinfo::client {

/** Runs `petinfo-cli` with its arguments (argv[0] first); returns the exit code: 0 success,
 *  1 error (one line on stderr), 2 bad usage. */
int runCli(const QStringList& arguments);

} // namespace petinfo::client
