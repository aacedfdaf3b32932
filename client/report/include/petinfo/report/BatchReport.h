// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/HealthReport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace petinfo::report {

enum class BatchMode
{
    OneFile,    ///< all reports in one PDF, each starting on a new page with its own page numbers
    FilePerPet, ///< one PDF per pet in a directory
};

struct BatchOutcome
{
    QStringList files; ///< written files
    int reports = 0;
    int pages = 0;
};

/** Supplies report `index` when it is needed, so a large selection is never all in memory. */
using ReportSource = std::function<ReportData(int index)>;
/** Called after each report, from the thread running the batch. */
using BatchProgressFn = std::function<void(int done, int total)>;

/** Renders `count` reports. `output` is the PDF file (OneFile) or an existing directory
 *  (FilePerPet, files named `<pet name>-<short id>.pdf`). Meant to run off the GUI thread (e.g.
 *  QtConcurrent::run); `cancel` is polled between reports and pages. On error or cancellation no
 *  partial file is left behind: OneFile writes atomically, FilePerPet removes what it wrote. */
ReportResult<BatchOutcome> renderHealthReports(int count, const ReportSource& source, BatchMode mode,
                                               const QString& output, const ReportOptions& options = {},
                                               const BatchProgressFn& progress = {},
                                               const std::atomic<bool>* cancel = nullptr);

/** Convenience overload over reports already loaded. */
ReportResult<BatchOutcome> renderHealthReports(const std::vector<ReportData>& reports, BatchMode mode,
                                               const QString& output, const ReportOptions& options = {},
                                               const BatchProgressFn& progress = {},
                                               const std::atomic<bool>* cancel = nullptr);

} // namespace petinfo::report
