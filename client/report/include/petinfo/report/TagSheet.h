// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Domain.h"
#include "petinfo/report/LabelLayout.h"
#include "petinfo/report/QrCode.h"
#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QLocale>
#include <QRectF>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class QPagedPaintDevice;
class QPainter;

namespace petinfo::report {

/** One tag to print. Without a pet it is a blank tag: "Scan to register / claim" and its short id. */
struct TagItem
{
    std::string tagId;
    std::optional<Pet> pet;
    QByteArray photo; ///< encoded image (JPEG, PNG…) for kennel cards; may be empty
    /** A kennel card of an animal up for adoption: its QR code opens the animal's adoption page
     *  (`<base>/adopt/pet/<pet id>`, adoptionPetUrl), the card says "Scan to adopt me" and its
     *  status chip "Adoptable" (the workflow's status, which the pet's own may lag behind). Other
     *  styles, and items without a pet, keep the tag's address: a collar tag is for finders. */
    bool adoptionPage = false;
};

/** Everything needed to print a set of tags. */
struct TagSheetJob
{
    TagLayout layout = TagLayout::averyL7160();
    std::vector<TagItem> items;
    QString publicBaseUrl;          ///< the server's public address; tags encode `<base>/t/<tagId>`
                                    ///< (adoption kennel cards `<base>/adopt/pet/<petId>`)
    PrinterCalibration calibration; ///< applied to everything printed
    int skipLabels = 0;             ///< labels already used on the first sheet (start further on)
    QrErrorCorrection errorCorrection = QrErrorCorrection::Medium;
    QString organisation;      ///< the clinic or shelter, printed where the label has room
    QString organisationPhone; ///< as people dial it there ("011 4321-9876"); may be empty
    Date today;                ///< for ages on kennel cards (injectable for tests)
    QLocale locale;            ///< dates and numbers on kennel cards
};

/** Where one item lands: page index and label rectangle in mm, calibration included. */
struct TagPlacement
{
    int page = 0;
    QRectF labelRectMm;
};

/** Told after each label is painted: labels done, labels in the job. */
using TagProgressFn = std::function<void(int done, int total)>;

/** Pages the job needs. */
int tagPageCount(const TagSheetJob& job);
/** Whether item `item` of `job` prints the adoption page's address (see TagItem::adoptionPage). */
bool printsAdoptionPage(const TagSheetJob& job, const TagItem& item);
/** What the QR code of `item` carries: the adoption page's or the tag's address. */
ReportResult<QString> qrUrl(const TagSheetJob& job, const TagItem& item);
/** Where item `index` is printed. */
TagPlacement tagPlacement(const TagSheetJob& job, int index);

/** `count` blank tags with fresh ids from the CSPRNG, in the format the server uses. */
std::vector<TagItem> blankTags(int count);

/** Paints the job onto `device` (QPdfWriter, QPrinter, a print preview), setting each page to the
 *  sheet's size in full-page mode (no margins, origin at the paper's corner: on a QPrinter this is
 *  the same as setFullPage(true)). Checks every tag id and builds every QR code before the first
 *  stroke, so an invalid job leaves the device untouched. Returns the page count. `cancel` is
 *  polled between labels; `progress` (if set) hears of each label painted, on the calling thread, so a
 *  progress dialog can show how far a large sheet got and set `cancel`. */
ReportResult<int> renderTags(QPagedPaintDevice& device, const TagSheetJob& job,
                             const std::atomic<bool>* cancel = nullptr, const TagProgressFn& progress = {});

/** The job as PDF bytes (for a QPdfView preview through a QBuffer). */
ReportResult<QByteArray> tagSheetPdf(const TagSheetJob& job, const std::atomic<bool>* cancel = nullptr);

/** The job as a PDF file, written atomically (cancelled or failed, no file is left). Returns the page
 *  count. */
ReportResult<int> writeTagSheetPdf(const TagSheetJob& job, const QString& path,
                                   const std::atomic<bool>* cancel = nullptr, const TagProgressFn& progress = {});

} // namespace petinfo::report
