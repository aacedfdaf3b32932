// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/ReportError.h"

#include <QCoreApplication>

namespace petinfo::report {

namespace {
class ReportErrorText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::ReportError)
};
} // namespace

QString describe(const ReportError& error)
{
    switch (error.code) {
    case ReportErrc::InvalidBaseUrl:
        return ReportErrorText::tr("The public address of the server is not a valid web address.");
    case ReportErrc::LocalBaseUrl:
        return ReportErrorText::tr("The public address points at this computer or a private network, which "
                                   "a finder's phone cannot open. Use the address your sync server has on the "
                                   "internet, e.g. https://pets.example.org.");
    case ReportErrc::InvalidTagId:
        return ReportErrorText::tr("The tag id is not valid.");
    case ReportErrc::QrEncodingFailed:
        return ReportErrorText::tr("The text is too long for a QR code.");
    case ReportErrc::NoGuiApplication:
        return ReportErrorText::tr("Printing needs the graphical part of the application to be started.");
    case ReportErrc::EmptyJob:
        return ReportErrorText::tr("There is nothing to print.");
    case ReportErrc::InvalidLayout:
        return ReportErrorText::tr("The label layout does not fit on its page.");
    case ReportErrc::PaintFailed:
        return ReportErrorText::tr("The printer or PDF file could not be opened for drawing.");
    case ReportErrc::WriteFailed:
        return ReportErrorText::tr("The PDF file could not be saved.");
    case ReportErrc::Cancelled:
        return ReportErrorText::tr("Cancelled.");
    case ReportErrc::ImageUnreadable:
        return ReportErrorText::tr("The image cannot be read.");
    case ReportErrc::NoCodeFound:
        return ReportErrorText::tr("No QR code was found in the image.");
    case ReportErrc::NotATagUrl:
        return ReportErrorText::tr("This QR code is not a Pet Info tag.");
    case ReportErrc::ForeignTagUrl:
        return ReportErrorText::tr("This tag belongs to another Pet Info server.");
    case ReportErrc::InvalidPetId:
        return ReportErrorText::tr("The animal's id is not valid.");
    case ReportErrc::InvalidSlug:
        return ReportErrorText::tr("The public page address must be 3 to 40 characters: lower-case letters, "
                                   "digits and single dashes between them.");
    }
    return ReportErrorText::tr("Unknown error.");
}

QString stableName(ReportErrc code)
{
    switch (code) {
    case ReportErrc::InvalidBaseUrl:
        return QStringLiteral("invalid_base_url");
    case ReportErrc::LocalBaseUrl:
        return QStringLiteral("local_base_url");
    case ReportErrc::InvalidTagId:
        return QStringLiteral("invalid_tag_id");
    case ReportErrc::QrEncodingFailed:
        return QStringLiteral("qr_encoding_failed");
    case ReportErrc::NoGuiApplication:
        return QStringLiteral("no_gui_application");
    case ReportErrc::EmptyJob:
        return QStringLiteral("empty_job");
    case ReportErrc::InvalidLayout:
        return QStringLiteral("invalid_layout");
    case ReportErrc::PaintFailed:
        return QStringLiteral("paint_failed");
    case ReportErrc::WriteFailed:
        return QStringLiteral("write_failed");
    case ReportErrc::Cancelled:
        return QStringLiteral("cancelled");
    case ReportErrc::ImageUnreadable:
        return QStringLiteral("image_unreadable");
    case ReportErrc::NoCodeFound:
        return QStringLiteral("no_code_found");
    case ReportErrc::NotATagUrl:
        return QStringLiteral("not_a_tag_url");
    case ReportErrc::ForeignTagUrl:
        return QStringLiteral("foreign_tag_url");
    case ReportErrc::InvalidPetId:
        return QStringLiteral("invalid_pet_id");
    case ReportErrc::InvalidSlug:
        return QStringLiteral("invalid_slug");
    }
    return QStringLiteral("unknown");
}

} // namespace petinfo::report
