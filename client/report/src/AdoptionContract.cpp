// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/report/AdoptionContract.h"

#include "DomainText.h"
#include "PageFlow.h"
#include "PdfOutput.h"
#include "petinfo/common/Phone.h"
#include "petinfo/report/HealthReport.h"
#include "petinfo/report/QrCode.h"
#include "petinfo/report/TagUrl.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>

namespace petinfo::report {

using namespace detail;

namespace {

class ContractText
{
    Q_DECLARE_TR_FUNCTIONS(petinfo::report::AdoptionContract)
};

constexpr qreal kSideMarginMm = 18;
constexpr qreal kTopMarginMm = 18;
constexpr qreal kBottomMarginMm = 16;
constexpr qreal kSignatureBandMm = 52; ///< the signatures, at the foot of the last page
constexpr qreal kSignatureBoxMm = 28;  ///< height of each signature box
constexpr qreal kQrMm = 26;
const QColor kMuted(95, 95, 95);
const QColor kInk(10, 30, 90);

QSizeF pageSizeMm(const ContractData& data)
{
    return QPageSize(data.pageSize.value_or(reportPageSize(data.locale))).size(QPageSize::Millimeter);
}

QString feeText(const ContractData& data)
{
    if (data.profile.feeMinor == 0) {
        return ContractText::tr("No adoption fee");
    }
    const double major = static_cast<double>(data.profile.feeMinor) / 100.0;
    return data.locale.toString(major, 'f', 2) + QLatin1Char(' ') + qs(data.profile.feeCurrency);
}

QString phoneText(const std::string& e164)
{
    return e164.empty() ? QString() : qs(phone::formatInternational(e164));
}

/** "Label: value" lines of one party, skipping empty values. */
QString lines(std::initializer_list<std::pair<QString, QString>> items)
{
    QStringList out;
    for (const auto& [label, value] : items) {
        if (!value.trimmed().isEmpty()) {
            out << label + QStringLiteral(": ") + value;
        }
    }
    return out.join(QLatin1Char('\n'));
}

/** Paints drawn strokes scaled into `box` (aspect kept, centred), as vector lines. */
void paintStrokes(QPainter& p, const Signature& signature, const QRectF& box, qreal penWidth)
{
    if (signature.isEmpty() || signature.width <= 0 || signature.height <= 0) {
        return;
    }
    const qreal scale = std::min(box.width() / signature.width, box.height() / signature.height);
    const QPointF origin(box.left() + (box.width() - signature.width * scale) / 2,
                         box.top() + (box.height() - signature.height * scale) / 2);
    QPainterPath path;
    for (const auto& stroke : signature.strokes) {
        if (stroke.empty()) {
            continue;
        }
        path.moveTo(origin + QPointF(stroke.front().x * scale, stroke.front().y * scale));
        for (std::size_t i = 1; i < stroke.size(); ++i) {
            path.lineTo(origin + QPointF(stroke[i].x * scale, stroke[i].y * scale));
        }
        if (stroke.size() == 1) {
            path.lineTo(origin + QPointF(stroke.front().x * scale + penWidth / 2, stroke.front().y * scale));
        }
    }
    p.save();
    p.setPen(QPen(kInk, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

/** One party's signature box: drawn strokes, else the typed name in an italic "ink" font. */
void paintSignature(QPainter& p, QPaintDevice& device, const QRectF& box, const std::string& strokes,
                    const QString& typedName, const QString& caption, const QString& printedName)
{
    const Units u(device);
    p.save();
    p.setPen(QPen(QColor(150, 150, 150), u.len(0.25)));
    p.drawLine(box.bottomLeft(), box.bottomRight());
    p.restore();
    const std::optional<Signature> drawn = strokes.empty() ? std::nullopt : decodeSignature(strokes);
    if (drawn && !drawn->isEmpty()) {
        paintStrokes(p, *drawn, box.adjusted(u.x(1), u.y(1), -u.x(1), -u.y(1)), u.len(0.5));
    } else if (!typedName.trimmed().isEmpty()) {
        QFont font = makeFont(18);
        font.setItalic(true);
        const QString name = elided(typedName.trimmed(), font, &device, box.width());
        const TextBlock block(name, font, &device, box.width(), Qt::AlignHCenter);
        block.draw(p, QPointF(box.left(), box.bottom() - block.height() - u.y(1.5)), kInk);
    }
    const TextBlock name(printedName, makeFont(9.5, FontRole::SansBold), &device, box.width());
    name.draw(p, QPointF(box.left(), box.bottom() + u.y(1.2)));
    const TextBlock label(caption, makeFont(8), &device, box.width());
    label.draw(p, QPointF(box.left(), box.bottom() + u.y(1.2) + name.height()), kMuted);
}

void layoutBody(PageFlow& flow, const ContractData& data, const std::optional<QrCode>& qr)
{
    const Units& u = flow.units();
    const QFont body = makeFont(10);
    const QFont title = makeFont(17, FontRole::SansBold);
    const qreal qrSide = qr ? u.x(kQrMm) : 0;
    // Title and organisation beside the QR code of the pet's tag.
    const qreal textWidth = flow.width() - (qr ? qrSide + u.x(4) : 0);
    const TextBlock heading(ContractText::tr("Adoption contract"), title, flow.device(), textWidth);
    const QString orgText =
        data.organisation +
        (data.organisationAddress.isEmpty() ? QString() : QLatin1Char('\n') + data.organisationAddress);
    const TextBlock org(orgText, makeFont(10), flow.device(), textWidth);
    const QPointF top(flow.left(), flow.y());
    const qreal headHeight = std::max(heading.height() + u.y(2) + org.height(), qrSide + u.y(4));
    flow.paint([heading, org, top, gap = u.y(2)](QPainter& p) {
        heading.draw(p, top);
        org.draw(p, top + QPointF(0, heading.height() + gap), kMuted);
    });
    if (qr) {
        const QRectF qrRect(flow.left() + flow.width() - qrSide, top.y(), qrSide, qrSide);
        const TextBlock caption(shortTagId(data.pet.tagId), makeFont(7, FontRole::Mono), flow.device(), qrSide,
                                Qt::AlignHCenter);
        flow.paint([code = *qr, qrRect, caption](QPainter& p) {
            code.paint(p, qrRect);
            caption.draw(p, qrRect.bottomLeft(), kMuted);
        });
    }
    flow.advance(headHeight);

    const Pet& pet = data.pet;
    QString birth;
    if (pet.birthDate) {
        birth = formatDate(*pet.birthDate, data.locale) +
                (pet.birthDateEstimated ? ContractText::tr(" (estimated)") : QString());
    }
    sectionTitle(flow, ContractText::tr("The animal"), u.y(12));
    paragraph(flow,
              lines({{ContractText::tr("Name"), qs(pet.name)},
                     {ContractText::tr("Species"), speciesName(pet.species)},
                     {ContractText::tr("Breed"), qs(pet.breed)},
                     {ContractText::tr("Sex"), sexName(pet.sex)},
                     {ContractText::tr("Neutered"), neuteredName(pet.neutered)},
                     {ContractText::tr("Colour"), qs(pet.colour)},
                     {ContractText::tr("Born"), birth},
                     {ContractText::tr("Microchip"), qs(pet.microchip)}}),
              body);

    const AdoptionApplication& a = data.application;
    sectionTitle(flow, ContractText::tr("The adopter"), u.y(12));
    paragraph(flow,
              lines({{ContractText::tr("Name"), qs(a.applicantName)},
                     {ContractText::tr("Phone"), phoneText(a.phone)},
                     {ContractText::tr("E-mail"), qs(a.email)},
                     {ContractText::tr("Address"), qs(a.address)}}),
              body);

    sectionTitle(flow, ContractText::tr("Adoption fee"), u.y(6));
    paragraph(flow, feeText(data), body);

    sectionTitle(flow, ContractText::tr("Terms"), u.y(12));
    paragraph(flow, data.terms.trimmed().isEmpty() ? defaultAdoptionTerms() : data.terms.trimmed(), body);
    if (!a.consentText.empty()) {
        sectionTitle(flow, ContractText::tr("Consent given with the application"), u.y(8));
        paragraph(flow, qs(a.consentText), makeFont(9), kMuted);
    }
    // The signatures go at the foot of the last page: start one if they do not fit below.
    if (flow.remaining() < u.y(kSignatureBandMm)) {
        flow.newPage();
    }
}

QRectF signatureAreaMm(const QSizeF& pageMm, int column)
{
    const qreal width = (pageMm.width() - 2 * kSideMarginMm - 12) / 2;
    const qreal top = pageMm.height() - kBottomMarginMm - kSignatureBandMm + 8;
    return {kSideMarginMm + column * (width + 12), top, width, kSignatureBoxMm};
}

} // namespace

QString defaultAdoptionTerms()
{
    return ContractText::tr(
        "1. The adopter takes the animal into their home as a companion, and will give it food, water, shelter, "
        "veterinary care when needed, its vaccinations and affection.\n"
        "2. The adopter will not sell, give away or abandon the animal. If they can no longer keep it, they will "
        "return it to the organisation.\n"
        "3. The adopter will keep the animal's identification (tag and microchip) and tell the organisation "
        "when their address or phone number changes.\n"
        "4. The organisation may contact the adopter to ask how the animal is doing.\n"
        "5. The adoption fee supports the care of other animals and is not refunded.");
}

QRectF adopterSignatureAreaMm(const ContractData& data)
{
    return signatureAreaMm(pageSizeMm(data), 0);
}

QRectF staffSignatureAreaMm(const ContractData& data)
{
    return signatureAreaMm(pageSizeMm(data), 1);
}

ReportResult<int> renderAdoptionContract(QPagedPaintDevice& device, const ContractData& data)
{
    if (auto gui = requireGuiApplication(); !gui) {
        return fail(gui.error());
    }
    std::optional<QrCode> qr;
    if (!data.pet.tagId.empty() && !data.publicBaseUrl.trimmed().isEmpty()) {
        auto url = tagUrl(data.publicBaseUrl, data.pet.tagId);
        if (!url) {
            return fail(url.error());
        }
        auto code = QrCode::encode(*url, QrErrorCorrection::Medium);
        if (!code) {
            return fail(code.error());
        }
        qr = std::move(*code);
    }
    const QSizeF pageMm = pageSizeMm(data);
    setFullPage(device, pageMm);
    QPainter painter;
    if (!painter.begin(&device)) {
        return fail(ReportErrc::PaintFailed, "QPainter::begin failed");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Units u(device);
    const QRectF body(u.x(kSideMarginMm), u.y(kTopMarginMm), u.x(pageMm.width() - 2 * kSideMarginMm),
                      u.y(pageMm.height() - kTopMarginMm - kBottomMarginMm));
    PageFlow flow(&device, body);
    layoutBody(flow, data, qr);

    const AdoptionApplication& a = data.application;
    const QString day = formatDate(data.date, data.locale);
    const QDateTime generated = data.generatedAt.isValid() ? data.generatedAt : QDateTime::currentDateTime();
    const QFont footFont = makeFont(7.5);
    for (int page = 0; page < flow.pageCount(); ++page) {
        if (page > 0) {
            device.newPage();
        }
        for (const PaintOp& op : flow.ops(page)) {
            op(painter);
        }
        const qreal footY = u.y(pageMm.height() - kBottomMarginMm + 5);
        const TextBlock foot(
            ContractText::tr("%1 \u2014 adoption contract, %2. Generated %3 by Pet Info. Page %4 of %5")
                .arg(qs(data.pet.name), day,
                     data.locale.toString(generated, data.locale.dateTimeFormat(QLocale::ShortFormat)))
                .arg(page + 1)
                .arg(flow.pageCount()),
            footFont, &device, body.width());
        foot.draw(painter, QPointF(body.left(), footY), kMuted);
    }
    // Both signatures at the foot of the last page.
    const QString adopterCaption = a.signatureStrokes.empty()
                                       ? ContractText::tr("Adopter (typed name, consent accepted), %1").arg(day)
                                       : ContractText::tr("Adopter, %1").arg(day);
    paintSignature(painter, device, u.rect(signatureAreaMm(pageMm, 0)), a.signatureStrokes, qs(a.signatureName),
                   adopterCaption, qs(a.applicantName));
    paintSignature(
        painter, device, u.rect(signatureAreaMm(pageMm, 1)), data.staffSignature, data.staffName,
        ContractText::tr("For %1, %2")
            .arg(data.organisation.isEmpty() ? ContractText::tr("the organisation") : data.organisation, day),
        data.staffName);
    painter.end();
    return flow.pageCount();
}

ReportResult<QByteArray> adoptionContractPdf(const ContractData& data)
{
    return renderPdfToBytes(ContractText::tr("Adoption contract: %1").arg(qs(data.pet.name)),
                            [&](QPdfWriter& writer) { return renderAdoptionContract(writer, data); });
}

ReportResult<int> writeAdoptionContractPdf(const ContractData& data, const QString& path)
{
    return renderPdfToFile(path, ContractText::tr("Adoption contract: %1").arg(qs(data.pet.name)),
                           [&](QPdfWriter& writer) { return renderAdoptionContract(writer, data); });
}

} // namespace petinfo::report
