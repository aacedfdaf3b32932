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

/** A base URL fit to print on a tag: valid (normalizedBaseUrl) and on the public internet, so not
 *  loopback ("localhost", 127.0.0.0/8, ::1), not a private or link-local network (10/8,
 *  172.16/12, 192.168/16, 100.64/10, 169.254/16, fc00::/7, fe80::/10), not a name only a local
 *  network resolves (no dot, ".local", ".lan", ".internal", ".home.arpa"). Fails LocalBaseUrl. */
ReportResult<QString> printableBaseUrl(const QString& publicBaseUrl);

/** `<public base URL>/t/<tagId>`: what a tag's QR code carries. */
ReportResult<QString> tagUrl(const QString& publicBaseUrl, std::string_view tagId);

/** `<public base URL>/adopt/pet/<petId>`: the stable link to an animal's public adoption page, for
 *  print (a kennel card's QR code). The server redirects it to the page under the organisation's
 *  slug of the day, so a card outlives a change of slug. `petId` must be a UUID (InvalidPetId). */
ReportResult<QString> adoptionPetUrl(const QString& publicBaseUrl, std::string_view petId);

/** `<public base URL>/adopt/<slug>`: the organisation's public adoption page. `slug` has the
 *  server's shape (3-40 characters of a-z, 0-9 and single dashes between them; InvalidSlug). */
ReportResult<QString> adoptionPageUrl(const QString& publicBaseUrl, const QString& slug);

/** The animal's id in a scanned adoption link (`…/adopt/pet/<petId>`, also with a trailing slash,
 *  query or fragment), as a kennel card of an animal up for adoption carries; NotATagUrl otherwise. */
ReportResult<std::string> petIdFromAdoptionScan(const QString& scannedText);

/** Whether `slug` has the shape the server accepts for a public page address. */
bool isPublicSlug(const QString& slug);

/** The tag id in a scanned text: a tag URL (`…/t/<id>`, also with a trailing slash, query or
 *  fragment) or a bare tag id as typed by a person. With `publicBaseUrl` given, a URL must point
 *  at that server (ForeignTagUrl otherwise). */
ReportResult<std::string> tagIdFromScan(const QString& scannedText, const QString& publicBaseUrl = {});

/** The first 8 characters in two groups ("AbCd EfGh"): printed next to the QR code so a person can
 *  match a tag to a screen. Not unique on its own; the QR code carries the full id. */
QString shortTagId(std::string_view tagId);

} // namespace petinfo::report
