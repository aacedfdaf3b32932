// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagPainter.h"

#include "DomainText.h"
#include "TextBlock.h"
#include "petinfo/report/TagUrl.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

#include <cmath>

namespace petinfo::report::detail {

namespace {

class TagText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::TagSheet)
};

constexpr qreal kCutGuideMm = 0.15;
const QColor kGuideColour(160, 160, 160);
const QColor kMutedText(90, 90, 90);

// Label style: QR square on the left, as tall as the label allows.
qreal labelPadding(const QSizeF& labelMm)
{
    return std::min(2.0, labelMm.height() * 0.06);
}

// Round style: the whole QR square, quiet zone included, must lie inside the circle, so its side
// is the inscribed square's, less a little for cutting inaccuracy.
qreal roundQrSide(qreal diameterMm)
{
    return diameterMm / std::sqrt(2.0) - 0.4;
}

bool isBlank(const PreparedTag& tag)
{
    return !tag.item->pet.has_value();
}

QString shortIdLine(const PreparedTag& tag)
{
    return TagText::tr("ID %1").arg(shortTagId(tag.item->tagId));
}

QString petName(const PreparedTag& tag)
{
    return qs(tag.item->pet->name).simplified();
}

/** A line of text drawn centred or left-aligned in a box, shrunk then elided to fit. */
void drawFittedLine(const TagPaintContext& c, const QString& text, const QRectF& boxDevice, FontRole role, qreal maxPt,
                    qreal minPt, Qt::Alignment align, const QColor& colour = Qt::black)
{
    if (text.isEmpty()) {
        return;
    }
    QFont font = makeFont(maxPt, role);
    font.setPointSizeF(fittingPointSize(text, font, c.device, boxDevice.width(), minPt, maxPt));
    c.painter->setFont(font);
    c.painter->setPen(colour);
    c.painter->drawText(boxDevice, static_cast<int>(align | Qt::TextSingleLine),
                        elided(text, font, c.device, boxDevice.width()));
}

/** A stack of optional lines, vertically centred in `area`; lines that do not fit are dropped
 *  from the end. */
struct StackLine
{
    QString text;
    FontRole role;
    qreal maxPt;
    qreal minPt;
    QColor colour = Qt::black;
    int maxLines = 1;
};

void drawStack(const TagPaintContext& c, const std::vector<StackLine>& lines, const QRectF& areaDevice,
               Qt::Alignment align)
{
    std::vector<TextBlock> blocks;
    std::vector<QColor> colours;
    qreal total = 0;
    const qreal gap = c.units.y(0.6);
    for (const StackLine& line : lines) {
        if (line.text.isEmpty()) {
            continue;
        }
        QFont font = makeFont(line.maxPt, line.role);
        TextBlock block;
        if (line.maxLines == 1) {
            font.setPointSizeF(fittingPointSize(line.text, font, c.device, areaDevice.width(), line.minPt, line.maxPt));
            block = TextBlock(elided(line.text, font, c.device, areaDevice.width()), font, c.device, areaDevice.width(),
                              align);
        } else {
            // Shrink until the text fits in maxLines lines; at the smallest size cut it instead.
            for (qreal pt = line.maxPt;; pt -= 0.5) {
                font.setPointSizeF(std::max(pt, line.minPt));
                block = TextBlock(line.text, font, c.device, areaDevice.width(), align);
                if (block.lineCount() <= line.maxLines) {
                    break;
                }
                if (pt <= line.minPt) {
                    block = TextBlock(line.text, font, c.device, areaDevice.width(), align, line.maxLines);
                    break;
                }
            }
        }
        const qreal extra = blocks.empty() ? block.height() : gap + block.height();
        if (total + extra > areaDevice.height()) {
            break;
        }
        total += extra;
        blocks.push_back(block);
        colours.push_back(line.colour);
    }
    qreal y = areaDevice.top() + (areaDevice.height() - total) / 2;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        blocks[i].draw(*c.painter, QPointF(areaDevice.left(), y), colours[i]);
        y += blocks[i].height() + gap;
    }
}

/** Text in the circle segment above (`above`) or below the QR square of a round tag, as large as
 *  fits: the limit is the chord of the circle at the text's outer edge. */
void drawSegmentText(const TagPaintContext& c, const QString& text, FontRole role, const QPointF& centreMm,
                     qreal radiusMm, qreal qrHalfMm, bool above, qreal maxPt, qreal minPt)
{
    if (text.isEmpty()) {
        return;
    }
    constexpr qreal kGap = 0.3; // the quiet zone is already white; this only keeps ink off its edge
    QFont font = makeFont(maxPt, role);
    qreal baselineFromCentre = 0;
    qreal chord = 0;
    for (qreal pt = maxPt;; pt -= 0.25) {
        font.setPointSizeF(std::max(pt, minPt));
        const QFontMetricsF metrics(font, c.device);
        const qreal cap = c.units.toMmY(metrics.capHeight()) * 1.05; // ascenders rise a little above caps
        const qreal descent = c.units.toMmY(metrics.descent());
        baselineFromCentre = qrHalfMm + kGap + (above ? descent : cap);
        const qreal outer = baselineFromCentre + (above ? cap : descent);
        chord = outer < radiusMm ? 2 * std::sqrt(radiusMm * radiusMm - outer * outer) : 0;
        if (textWidth(text, font, c.device) <= c.units.x(chord) || pt <= minPt) {
            break;
        }
    }
    const QString shown = elided(text, font, c.device, c.units.x(chord));
    const qreal width = textWidth(shown, font, c.device);
    const qreal baselineY = centreMm.y() + (above ? -baselineFromCentre : baselineFromCentre);
    c.painter->setFont(font);
    c.painter->setPen(Qt::black);
    c.painter->drawText(QPointF(c.units.x(centreMm.x()) - width / 2, c.units.y(baselineY)), shown);
}

QString hostLine(const PreparedTag& tag)
{
    return QUrl(tag.url).host();
}

/** "Veterinaria San Roque" over "011 4321-9876": who to call for a finder without a smartphone. */
QString contactLine(const TagSheetJob& job)
{
    QStringList parts;
    for (const QString& part : {job.organisation.simplified(), job.organisationPhone.simplified()}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('\n')); // the number on a line of its own, never broken
}

void paintLabel(const TagPaintContext& c, const QRectF& label, const PreparedTag& tag)
{
    const qreal pad = labelPadding(label.size());
    const QRectF qr = qrOuterRectMm(TagStyle::Label, label.size()).translated(label.topLeft());
    tag.qr.paint(*c.painter, c.units.rect(qr));
    const QRectF text(qr.right() + 0.5, label.top() + pad, label.right() - pad - qr.right() - 0.5,
                      label.height() - 2 * pad);
    std::vector<StackLine> lines;
    if (isBlank(tag)) {
        lines.push_back({TagText::tr("Scan to register / claim"), FontRole::SansBold, 10, 6.5, Qt::black, 2});
        lines.push_back({shortIdLine(tag), FontRole::Mono, 8, 5.5});
        lines.push_back({hostLine(tag), FontRole::Sans, 6.5, 5, kMutedText});
    } else {
        const Pet& pet = *tag.item->pet;
        lines.push_back({petName(tag), FontRole::SansBold, 14, 7});
        lines.push_back({TagText::tr("If found, please scan me"), FontRole::Sans, 7.5, 5, Qt::black, 2});
        if (!pet.breed.empty()) {
            lines.push_back({qs(pet.breed), FontRole::Sans, 6.5, 5, kMutedText});
        }
        lines.push_back({shortIdLine(tag), FontRole::Mono, 7, 5});
        const QString contact = contactLine(*c.job);
        lines.push_back({contact.isEmpty() ? hostLine(tag) : contact, FontRole::Sans, 6, 5, kMutedText, 2});
    }
    drawStack(c, lines, c.units.rect(text), Qt::AlignLeft);
}

void paintRound(const TagPaintContext& c, const QRectF& label, const PreparedTag& tag)
{
    const qreal d = std::min(label.width(), label.height());
    const QRectF qr = qrOuterRectMm(TagStyle::Round, label.size()).translated(label.topLeft());
    tag.qr.paint(*c.painter, c.units.rect(qr));
    const qreal radius = d / 2 - 0.5; // keep text clear of where the cut may land
    if (isBlank(tag)) {               // regular weight: the longer text must fit the short chord
        drawSegmentText(c, TagText::tr("Scan to claim"), FontRole::Sans, label.center(), radius, qr.height() / 2, true,
                        8, 4);
    } else {
        drawSegmentText(c, petName(tag), FontRole::SansBold, label.center(), radius, qr.height() / 2, true, 8, 4.5);
    }
    drawSegmentText(c, shortTagId(tag.item->tagId), FontRole::Mono, label.center(), radius, qr.height() / 2, false, 7,
                    4.5);
}

void paintCollar(const TagPaintContext& c, const QRectF& label, const PreparedTag& tag)
{
    const qreal slot = sizes::kCollarSlotWidthMm;
    if (c.job->layout.cutGuides) {
        // The collar slides through a slot at each end: punch or cut along the dashed lines.
        QPen pen(kGuideColour, c.units.len(kCutGuideMm), Qt::DashLine);
        c.painter->setPen(pen);
        c.painter->setBrush(Qt::NoBrush);
        const qreal slotHeight = label.height() - 6;
        for (qreal x : {label.left() + 1.2, label.right() - 1.2 - 2.6}) {
            const QRectF hole(x, label.top() + 3, 2.6, slotHeight);
            c.painter->drawRoundedRect(c.units.rect(hole), c.units.len(1.2), c.units.len(1.2));
        }
    }
    const QRectF qr = qrOuterRectMm(TagStyle::Collar, label.size()).translated(label.topLeft());
    tag.qr.paint(*c.painter, c.units.rect(qr));
    const QRectF text(qr.right() + 0.3, label.top() + 1, label.right() - slot - qr.right() - 0.3, label.height() - 2);
    std::vector<StackLine> lines;
    if (isBlank(tag)) {
        lines.push_back({TagText::tr("Scan to register / claim"), FontRole::SansBold, 8, 5.5, Qt::black, 2});
    } else {
        lines.push_back({petName(tag), FontRole::SansBold, 11, 6});
        lines.push_back({TagText::tr("If found, please scan"), FontRole::Sans, 6, 5, Qt::black, 1});
    }
    lines.push_back({shortTagId(tag.item->tagId), FontRole::Mono, 6.5, 5});
    drawStack(c, lines, c.units.rect(text), Qt::AlignLeft);
}

QColor statusColour(PetStatus status)
{
    switch (status) {
    case PetStatus::Lost:
        return {176, 32, 32};
    case PetStatus::Adoptable:
        return {30, 120, 60};
    case PetStatus::InCare:
        return {30, 90, 160};
    case PetStatus::Deceased:
        return {60, 60, 60};
    case PetStatus::Owned:
    case PetStatus::Adopted:
        return {100, 100, 100};
    }
    return Qt::black;
}

/** Caption over value, stacked downwards from `topMm`; stops when `bottomMm` is reached. */
qreal drawFacts(const TagPaintContext& c, const std::vector<std::pair<QString, QString>>& facts, qreal leftMm,
                qreal topMm, qreal widthMm, qreal bottomMm)
{
    const QFont captionFont = makeFont(6, FontRole::Sans);
    const QFont valueFont = makeFont(9.5, FontRole::SansBold);
    qreal y = c.units.y(topMm);
    const qreal x = c.units.x(leftMm);
    const qreal width = c.units.x(widthMm);
    for (const auto& [caption, value] : facts) {
        if (value.isEmpty()) {
            continue;
        }
        const TextBlock top(caption.toUpper(), captionFont, c.device, width);
        const TextBlock body(value, valueFont, c.device, width, Qt::AlignLeft, 2);
        if (y + top.height() + body.height() > c.units.y(bottomMm)) {
            break;
        }
        top.draw(*c.painter, QPointF(x, y), kMutedText);
        body.draw(*c.painter, QPointF(x, y + top.height()));
        y += top.height() + body.height() + c.units.y(1.2);
    }
    return c.units.toMmY(y);
}

void paintPhoto(const TagPaintContext& c, const QRectF& boxMm, const QImage& photo)
{
    const QRectF box = c.units.rect(boxMm);
    QPainterPath clip;
    clip.addRoundedRect(box, c.units.len(2), c.units.len(2));
    c.painter->save();
    if (photo.isNull()) {
        c.painter->fillPath(clip, QColor(235, 235, 235));
        c.painter->setPen(kMutedText);
        c.painter->setFont(makeFont(8));
        c.painter->drawText(box, Qt::AlignCenter, TagText::tr("No photo"));
    } else {
        c.painter->setClipPath(clip);
        // The photo was cropped to the box's aspect when it was prepared.
        c.painter->drawImage(box, photo);
    }
    c.painter->restore();
}

void paintKennelCard(const TagPaintContext& c, const QRectF& label, const PreparedTag& tag)
{
    constexpr qreal m = 7;
    const qreal left = label.left() + m;
    const qreal width = label.width() - 2 * m;
    const qreal top = label.top() + m;
    const QRectF qr = qrOuterRectMm(TagStyle::KennelCard, label.size()).translated(label.topLeft());

    if (isBlank(tag)) {
        QFont title = makeFont(18, FontRole::SansBold);
        const TextBlock heading(TagText::tr("Scan to register / claim"), title, c.device, c.units.x(width));
        heading.draw(*c.painter, c.units.point({left, top}));
        // Lines to write on until the tag is claimed in the app.
        c.painter->setPen(QPen(kGuideColour, c.units.len(0.2)));
        const QFont caption = makeFont(8);
        qreal y = top + c.units.toMmY(heading.height()) + 10;
        for (const QString& field : {TagText::tr("Name"), TagText::tr("Species"), TagText::tr("Arrived"),
                                     TagText::tr("Notes"), QString(), QString(), QString()}) {
            if (y > qr.top() - 6) {
                break;
            }
            c.painter->setFont(caption);
            c.painter->setPen(kMutedText);
            c.painter->drawText(c.units.point({left, y - 1}), field);
            c.painter->setPen(QPen(kGuideColour, c.units.len(0.2)));
            c.painter->drawLine(c.units.point({left + 18, y}), c.units.point({left + width, y}));
            y += 10;
        }
    } else {
        const Pet& pet = *tag.item->pet;
        const QRectF nameBox(left, top, width, 11);
        drawFittedLine(c, petName(tag), c.units.rect(nameBox), FontRole::SansBold, 26, 12,
                       Qt::AlignLeft | Qt::AlignVCenter);
        // Status chip: colour for the corridor, text so it also works in black and white.
        const QFont chipFont = makeFont(9, FontRole::SansBold);
        // An animal whose card asks visitors to adopt it is adoptable, whatever its pet record says
        // (the adoption workflow keeps its own status, docs/adoption.md).
        const PetStatus shown = printsAdoptionPage(*c.job, *tag.item) ? PetStatus::Adoptable : pet.status;
        const QString status = statusName(shown).toUpper();
        const qreal chipWidth = c.units.toMmX(textWidth(status, chipFont, c.device)) + 5;
        const QRectF chip(left, top + 13, chipWidth, 6);
        c.painter->setPen(Qt::NoPen);
        c.painter->setBrush(statusColour(shown));
        c.painter->drawRoundedRect(c.units.rect(chip), c.units.len(3), c.units.len(3));
        c.painter->setFont(chipFont);
        c.painter->setPen(Qt::white);
        c.painter->drawText(c.units.rect(chip), Qt::AlignCenter, status);

        const QRectF photoBox(left, top + 23, 42, 42);
        paintPhoto(c, photoBox, tag.photo);

        QString species = speciesName(pet.species);
        if (!pet.breed.empty()) {
            species += QStringLiteral(" \u00B7 ") + qs(pet.breed);
        }
        QString sex = sexName(pet.sex);
        if (pet.neutered == Neutered::Yes) {
            sex += QStringLiteral(", ") + TagText::tr("neutered");
        }
        QString age;
        if (auto months = ageInMonths(pet, c.job->today)) {
            age = ageText(*months);
            if (pet.birthDateEstimated) {
                age = TagText::tr("about %1").arg(age);
            }
        }
        const qreal factsLeft = photoBox.right() + 4;
        drawFacts(c,
                  {{TagText::tr("Species"), species},
                   {TagText::tr("Sex"), sex},
                   {TagText::tr("Age"), age},
                   {TagText::tr("Colour"), qs(pet.colour)},
                   {TagText::tr("Microchip"), qs(pet.microchip)}},
                  factsLeft, photoBox.top(), left + width - factsLeft, photoBox.bottom());

        // Allergies and conditions are what a carer must not miss.
        QStringList alerts;
        if (!pet.allergies.empty()) {
            alerts << TagText::tr("Allergies: %1").arg(qs(pet.allergies).simplified());
        }
        if (!pet.conditions.empty()) {
            alerts << TagText::tr("Conditions: %1").arg(qs(pet.conditions).simplified());
        }
        if (!alerts.isEmpty()) {
            const TextBlock block(alerts.join(QLatin1Char('\n')), makeFont(8.5, FontRole::SansBold), c.device,
                                  c.units.x(width), Qt::AlignLeft, 3);
            block.draw(*c.painter, c.units.point({left, photoBox.bottom() + 3}), QColor(176, 32, 32));
        }
    }

    tag.qr.paint(*c.painter, c.units.rect(qr));
    const QRectF caption(qr.right() + 3, qr.top() + 2, left + width - qr.right() - 3, qr.height() - 4);
    std::vector<StackLine> captionLines;
    if (printsAdoptionPage(*c.job, *tag.item)) {
        // Visitors read this card: say what the code does for them, not what it is.
        captionLines.push_back({TagText::tr("Scan to adopt me"), FontRole::SansBold, 13, 8});
        captionLines.push_back({TagText::tr("My photos, my story and the application form, on your phone."),
                                FontRole::Sans, 8.5, 6.5, Qt::black, 3});
    } else {
        captionLines.push_back(
            {isBlank(tag) ? TagText::tr("Scan to register this tag") : TagText::tr("Scan for this pet's page"),
             FontRole::SansBold, 10, 7, Qt::black, 3});
    }
    captionLines.push_back({tag.url, FontRole::Mono, 6.5, 6.5, kMutedText, 4});
    captionLines.push_back({shortIdLine(tag), FontRole::Mono, 9, 6});
    if (const QString contact = contactLine(*c.job); !contact.isEmpty()) {
        captionLines.push_back({contact, FontRole::Sans, 8, 6, Qt::black, 2});
    }
    drawStack(c, captionLines, c.units.rect(caption), Qt::AlignLeft);
}

} // namespace

QRectF qrOuterRectMm(TagStyle style, const QSizeF& labelMm)
{
    switch (style) {
    case TagStyle::Label: {
        const qreal pad = labelPadding(labelMm);
        const qreal side = std::min(labelMm.height(), labelMm.width()) - 2 * pad;
        return {pad, pad, side, side};
    }
    case TagStyle::Round: {
        const qreal d = std::min(labelMm.width(), labelMm.height());
        const qreal side = roundQrSide(d);
        return {(labelMm.width() - side) / 2, (labelMm.height() - side) / 2, side, side};
    }
    case TagStyle::Collar: {
        const qreal side = labelMm.height() - 2;
        return {sizes::kCollarSlotWidthMm, 1, side, side};
    }
    case TagStyle::KennelCard: {
        constexpr qreal kMargin = 7;
        constexpr qreal kSide = 44;
        return {kMargin, labelMm.height() - kMargin - kSide, kSide, kSide};
    }
    }
    return {};
}

void paintTag(const TagPaintContext& c, const QRectF& labelRectMm, const PreparedTag& tag)
{
    QPainter& p = *c.painter;
    p.save();
    const SheetGeometry& sheet = c.job->layout.sheet;
    if (c.job->layout.cutGuides) {
        p.setPen(QPen(kGuideColour, c.units.len(kCutGuideMm)));
        p.setBrush(Qt::NoBrush);
        const QRectF outline = c.units.rect(labelRectMm);
        if (sheet.round) {
            p.drawEllipse(outline);
        } else {
            p.drawRoundedRect(outline, c.units.len(sheet.cornerRadiusMm), c.units.len(sheet.cornerRadiusMm));
        }
    }
    switch (c.job->layout.style) {
    case TagStyle::Label:
        paintLabel(c, labelRectMm, tag);
        break;
    case TagStyle::Round:
        paintRound(c, labelRectMm, tag);
        break;
    case TagStyle::Collar:
        paintCollar(c, labelRectMm, tag);
        break;
    case TagStyle::KennelCard:
        paintKennelCard(c, labelRectMm, tag);
        break;
    }
    p.restore();
}

} // namespace petinfo::report::detail
