// SPDX-License-Identifier: GPL-3.0-or-later
// The adoption contract: animal, adopter, fee, terms and both signatures, the adopter's drawn
// strokes as vectors (no bitmap in the file), the typed name of the public page otherwise, and the
// QR code of the pet's tag. Read back with PDFium (pixels) and pdftotext (words).
#include "ReportTestSupport.h"

#include "petinfo/common/Random.h"
#include "petinfo/report/AdoptionContract.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagUrl.h"

#include <QTest>

using namespace petinfo;
using namespace petinfo::report;
using petinfo::report::test::PdfFile;

namespace {

const std::string kTag = newTagId();

ContractData contract()
{
    ContractData d;
    d.pet.id = "6f1c2a3b-0000-4000-8000-000000000001";
    d.pet.name = "Manchitas";
    d.pet.species = Species::Dog;
    d.pet.sex = Sex::Female;
    d.pet.tagId = kTag;
    d.profile.petId = d.pet.id;
    d.profile.feeMinor = 2500000;
    d.profile.feeCurrency = "ARS";
    d.application.applicantName = "Lucía Fernández";
    d.application.phone = "+5491122334455";
    d.application.email = "lucia@example.com";
    d.application.consentText = "Confirmo que los datos son verdaderos.";
    d.application.consentAccepted = true;
    d.application.signatureStrokes = "600x200:20,180 80,20 140,180 200,20 260,180 320,20;40,100 560,100";
    d.staffName = "Ana Gómez";
    d.publicBaseUrl = test::kBaseUrl;
    d.date = Date{2026, 11, 22};
    d.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0));
    d.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    d.organisation = "Refugio Patitas";
    return d;
}

/** Dark pixels in the adopter's signature area of the last page, at `dpi`. */
int adopterInk(const PdfFile& pdf, const ContractData& data, int dpi)
{
    const QImage page = pdf.render(pdf.pageCount() - 1, dpi);
    const QRectF mm = adopterSignatureAreaMm(data);
    const qreal perMm = dpi / 25.4;
    const QRect area(qRound(mm.left() * perMm), qRound(mm.top() * perMm), qRound(mm.width() * perMm),
                     qRound(mm.height() * perMm) - 4);
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    return dark;
}

} // namespace

class TestAdoptionContract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDrawnSignatureNamesFeeTermsAndQr()
    {
        const ContractData data = contract();
        auto bytes = adoptionContractPdf(data);
        QVERIFY(bytes);
        PdfFile pdf(*bytes);
        QVERIFY(pdf.isValid());
        QCOMPARE(pdf.pageCount(), 1);
        QVERIFY(adopterInk(pdf, data, 150) > 400);
        QCOMPARE(pdf.imageCount(), 0); // strokes and QR code painted as vectors
        const auto codes = decodeQrCodes(pdf.render(0, 300));
        QCOMPARE(codes.size(), std::size_t(1));
        QCOMPARE(codes.front().text, *tagUrl(test::kBaseUrl, kTag));
        if (!test::havePdftotext()) {
            QSKIP("pdftotext is not installed");
        }
        const QString text = pdf.text(0); // pdftotext keeps the font's ligatures ("ﬁ"): words without them

        for (const QString& part :
             {QStringLiteral("Adoption contract"), QStringLiteral("Refugio Patitas"), QStringLiteral("Manchitas"),
              QStringLiteral("Lucía Fernández"), QStringLiteral("Ana Gómez"), QStringLiteral("25,000.00 ARS"),
              QStringLiteral("lucia@example.com"), QStringLiteral("+54 9 11 2233-4455"),
              QStringLiteral("will not sell"), QStringLiteral("que los datos son verdaderos")}) {
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" missing from:\n") + text));
        }
    }

    void testTypedSignatureFromThePublicPage()
    {
        ContractData data = contract();
        data.application.signatureStrokes.clear();
        data.application.signatureName = "Lucía Fernández";
        data.profile.feeMinor = 0;
        auto bytes = adoptionContractPdf(data);
        QVERIFY(bytes);
        PdfFile pdf(*bytes);
        QVERIFY(adopterInk(pdf, data, 150) > 100); // the typed name, large, in the box
        if (test::havePdftotext()) {
            const QString text = pdf.text(pdf.pageCount() - 1);
            QVERIFY2(text.contains(QStringLiteral("typed name")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("No adoption fee")));
        }
    }

    void testNoSignatureLeavesTheBoxBlank()
    {
        // What the ink checks rely on: an unsigned box really is blank.
        ContractData data = contract();
        data.application.signatureStrokes.clear();
        data.application.signatureName.clear();
        data.pet.tagId.clear(); // no QR code either
        auto bytes = adoptionContractPdf(data);
        QVERIFY(bytes);
        PdfFile pdf(*bytes);
        QCOMPARE(adopterInk(pdf, data, 150), 0);
    }

    void testLongTermsMoveTheSignaturesToTheLastPage()
    {
        ContractData data = contract();
        QStringList terms;
        for (int i = 1; i <= 80; ++i) {
            terms
                << QStringLiteral("%1. A clause long enough to fill a line of the contract's terms, and more.").arg(i);
        }
        data.terms = terms.join(QLatin1Char('\n'));
        auto bytes = adoptionContractPdf(data);
        QVERIFY(bytes);
        PdfFile pdf(*bytes);
        QVERIFY(pdf.pageCount() >= 2);
        QVERIFY(adopterInk(pdf, data, 150) > 400);
        if (test::havePdftotext()) {
            QVERIFY(pdf.text(pdf.pageCount() - 1).contains(QStringLiteral("80. A clause")));
        }
    }
};

QTEST_MAIN(TestAdoptionContract)
#include "TestAdoptionContract.moc"
