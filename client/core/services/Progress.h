// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace petinfo::client {

/** Reports progress of long work; returning false asks the work to stop (it then rolls back and
 *  reports Cancelled). May be called from a worker thread. */
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

} // namespace petinfo::client
