// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/TagSheet.h"

#include "PdfOutput.h"
#include "TagPainter.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/TagUrl.h"

#include <QPainter>
#include <QPdfWriter>

namespace petinfo::report {

using namespace detail;

namespace {

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/** A photo cropped to the kennel card's square box at ~300 dpi: the PDF stays small however big
 *  the original is. */
QImage preparePhoto(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        return {};
    }
    constexpr int kPixels = 500; // 42 mm at 300 dpi
    image = image.scaled(kPixels, kPixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return image.copy((image.width() - kPixels) / 2, (image.height() - kPixels) / 2, kPixels, kPixels);
}

ReportResult<std::vector<PreparedTag>> prepare(const TagSheetJob& job)
{
    if (job.items.empty()) {
        return fail(ReportErrc::EmptyJob);
    }
    if (!job.layout.sheet.isValid()) {
        return fail(ReportErrc::InvalidLayout, job.layout.id.toStdString());
    }
    if (job.skipLabels < 0 || job.skipLabels >= job.layout.sheet.labelsPerPage()) {
        return fail(ReportErrc::InvalidLayout, "skipLabels outside the first sheet");
    }
    std::vector<PreparedTag> tags;
    tags.reserve(job.items.size());
    for (const TagItem& item : job.items) {
        if (!isTagId(item.tagId)) {
            return fail(ReportErrc::InvalidTagId, item.tagId); // printed on every card, QR or not
        }
        auto url = qrUrl(job, item);
        if (!url) {
            return fail(url.error());
        }
        auto qr = QrCode::encode(*url, job.errorCorrection);
        if (!qr) {
            return fail(qr.error());
        }
        PreparedTag tag{&item, *url, std::move(*qr), {}};
        if (job.layout.style == TagStyle::KennelCard) {
            tag.photo = preparePhoto(item.photo);
        }
        tags.push_back(std::move(tag));
    }
    return tags;
}

} // namespace

bool printsAdoptionPage(const TagSheetJob& job, const TagItem& item)
{
    return item.adoptionPage && item.pet.has_value() && job.layout.style == TagStyle::KennelCard;
}

ReportResult<QString> qrUrl(const TagSheetJob& job, const TagItem& item)
{
    if (printsAdoptionPage(job, item)) {
        return adoptionPetUrl(job.publicBaseUrl, item.pet->id);
    }
    return tagUrl(job.publicBaseUrl, item.tagId);
}

int tagPageCount(const TagSheetJob& job)
{
    const int perPage = std::max(1, job.layout.sheet.labelsPerPage());
    const int slots = job.skipLabels + static_cast<int>(job.items.size());
    return slots == 0 ? 0 : (slots + perPage - 1) / perPage;
}

TagPlacement tagPlacement(const TagSheetJob& job, int index)
{
    const int perPage = std::max(1, job.layout.sheet.labelsPerPage());
    const int slot = job.skipLabels + index;
    return {
        slot / perPage,
        job.layout.sheet.labelRectMm(slot % perPage).translated(job.calibration.offsetXMm, job.calibration.offsetYMm)};
}

std::vector<TagItem> blankTags(int count)
{
    std::vector<TagItem> items(static_cast<std::size_t>(std::max(0, count)));
    for (TagItem& item : items) {
        item.tagId = newTagId();
    }
    return items;
}

ReportResult<int> renderTags(QPagedPaintDevice& device, const TagSheetJob& job, const std::atomic<bool>* cancel,
                             const TagProgressFn& progress)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    auto prepared = prepare(job);
    if (!prepared) {
        return fail(prepared.error());
    }
    setFullPage(device, job.layout.sheet.pageSizeMm);
    QPainter painter;
    if (!painter.begin(&device)) {
        return fail(ReportErrc::PaintFailed, "QPainter::begin failed");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const TagPaintContext context{&painter, &device, Units(device), &job};
    int page = 0;
    for (std::size_t i = 0; i < prepared->size(); ++i) {
        if (cancelled(cancel)) {
            painter.end();
            return fail(ReportErrc::Cancelled);
        }
        const TagPlacement placement = tagPlacement(job, static_cast<int>(i));
        while (page < placement.page) {
            device.newPage();
            ++page;
        }
        paintTag(context, placement.labelRectMm, (*prepared)[i]);
        if (progress) {
            progress(static_cast<int>(i) + 1, static_cast<int>(prepared->size()));
        }
    }
    painter.end();
    return page + 1;
}

ReportResult<QByteArray> tagSheetPdf(const TagSheetJob& job, const std::atomic<bool>* cancel)
{
    return renderPdfToBytes(QStringLiteral("Pet Info tags"),
                            [&](QPdfWriter& writer) { return renderTags(writer, job, cancel); });
}

ReportResult<int> writeTagSheetPdf(const TagSheetJob& job, const QString& path, const std::atomic<bool>* cancel,
                                   const TagProgressFn& progress)
{
    return renderPdfToFile(path, QStringLiteral("Pet Info tags"),
                           [&](QPdfWriter& writer) { return renderTags(writer, job, cancel, progress); });
}

} // namespace petinfo::report
