// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/HealthReport.h"
#include "petinfo/report/TagSheet.h"
#include "storage/StorageError.h"

#include <QPageSize>
#include <QString>

namespace petinfo::client {

class PetService;

/** Reads what the report library lays out. The report library knows nothing about the database, so
 *  these run on the GUI thread (PetService's connection lives there) and hand plain values to the
 *  rendering, which runs on a worker thread. */

/** Everything a pet's health report shows: profile, primary owner, records, weights, notes, main
 *  photo, today's date from the service's clock, and the public page address if one is set. */
StorageResult<report::ReportData> loadReportData(PetService& service, const QString& petId);

/** One tag for a pet: its tag id, profile and main photo (for kennel cards). */
StorageResult<report::TagItem> loadTagItem(PetService& service, const QString& petId);

/** The public address that tags and report QR codes point at: the one typed in Preferences (or
 *  last printed with), else the one the sync server gave, else empty. */
QString savedPublicBaseUrl();
/** Remembers a printable address typed in the tag dialog (Preferences shows it). */
void savePublicBaseUrl(const QString& url);

/** The paper for health reports: the one last chosen in the preview, else Letter where the system
 *  locale's country uses it (CLDR) and A4 elsewhere. */
QPageSize::PageSizeId preferredReportPageSize();
void setPreferredReportPageSize(QPageSize::PageSizeId size);

/** `name` made safe as a file name ("Rex / Fido" -> "Rex _ Fido"); "pet" when nothing is left. */
QString safeFileName(const QString& name);

/** `path` with ".pdf" appended when it has no suffix at all (file choosers do not add it everywhere). */
QString withPdfSuffix(const QString& path);

} // namespace petinfo::client
