// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/HealthReport.h"
#include "petinfo/report/TagSheet.h"

namespace petinfo::bench {

inline const QString kBaseUrl = QStringLiteral("https://petinfo.example");

/** A made-up photo (JPEG bytes): a pet-coloured disc on a gradient. */
QByteArray samplePhoto(int seed);

/** A pet with `records` health records spread over the kinds, `records / 4` weights and a few
 *  notes; deterministic for a given seed. */
report::ReportData sampleReport(int records, int seed = 1);

/** `count` tags, every third one blank, the others with sample pets. */
std::vector<report::TagItem> sampleTags(int count, int seed = 1);

} // namespace petinfo::bench
