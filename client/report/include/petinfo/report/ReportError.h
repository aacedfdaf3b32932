// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Result.h"

#include <QString>

namespace petinfo::report {

enum class ReportErrc
{
    InvalidBaseUrl,   ///< the public base URL is not an absolute http(s) URL
    LocalBaseUrl,     ///< the public base URL names this computer or a private network
    InvalidTagId,     ///< a tag id is not in the public tag-id format
    QrEncodingFailed, ///< the payload does not fit in a QR code
    NoGuiApplication, ///< text needs fonts, and fonts need a QGuiApplication (offscreen is fine)
    EmptyJob,         ///< nothing to print
    InvalidLayout,    ///< a sheet geometry that does not fit its page
    PaintFailed,      ///< QPainter could not start on the device
    WriteFailed,      ///< the PDF could not be written (permissions, disk full)
    Cancelled,        ///< stopped through the cancellation flag
    ImageUnreadable,  ///< the image file cannot be read or decoded
    NoCodeFound,      ///< no QR code in the image
    NotATagUrl,       ///< the scanned text is not a Pet Info tag URL or tag id
    ForeignTagUrl,    ///< a tag URL, but for another server than ours
    InvalidPetId,     ///< an animal's id is not a UUID (adoption page links)
    InvalidSlug,      ///< not the shape of an organisation's public page address
};
using ReportError = Error<ReportErrc>;
template <typename T>
using ReportResult = Result<T, ReportError>;

/** Text for people, translated. */
QString describe(const ReportError& error);

/** A stable, untranslated name for logs and the CLI's machine-readable output. */
QString stableName(ReportErrc code);

} // namespace petinfo::report
