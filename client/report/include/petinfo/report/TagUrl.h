// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QString>

#include <string>
#include <string_view>

namespace petinfo::report {

/** The public base URL in canonical ASCII form without a trailing slash (`https://petinfo.example`,
 *  `https://example.org/petinfo`). Only absolute http and https URLs without query or fragment. */
ReportResult<QString> normalizedBaseUrl(const QString& publicBaseUrl);

/** `<public base URL>/t/<tagId>`: what a tag's QR code carries. */
/** A base URL fit to print on a tag: valid (normalizedBaseUrl) and on the public internet, so not
 *  loopback ("localhost", 127.0.0.0/8, ::1), not a private or link-local network (10/8,
 *  172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7, fe80::/10), not a name only a local
 *  network resolves (no dot, ".local", ".lan", ".internal", ".home.arpa"). Fails LocalBaseUrl. */
ReportResult<QString> printableBaseUrl(const QString& publicBaseUrl);

ReportResult<QString> tagUrl(const QString& publicBaseUrl, std::string_view tagId);

/** The tag id in a scanned text: a tag URL (`…/t/<id>`, also with a trailing slash, query or
 *  fragment) or a bare tag id as typed by a person. With `publicBaseUrl` given, a URL must point
 *  at that server (ForeignTagUrl otherwise). */
ReportResult<std::string> tagIdFromScan(const QString& scannedText, const QString& publicBaseUrl = {});

/** The first 8 characters in two groups ("AbCd EfGh"): printed next to the QR code so a person can
 *  match a tag to a screen. Not unique on its own; the QR code carries the full id. */
QString shortTagId(std::string_view tagId);

} // namespace petinfo::report
