// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagSheet.h"
#include "petinfo/report/TagUrl.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace petinfo;
using namespace petinfo::report;
using namespace petinfo::report::test;

namespace {

constexpr double kInch = 25.4;

Pet samplePet(int i)
{
    static const char* const names[] = {"Luna", "Max", "Bartholomew Fluffington the Third", "Ñandú", "Kiki"};
    Pet pet;
    pet.id = newUuid();
    pet.name = names[i % 5];
    pet.breed = i % 2 ? "Border Collie" : "";
    pet.species = i % 2 ? Species::Dog : Species::Cat;
    pet.birthDate = Date{2021, 5, 3};
    pet.microchip = "98511200000" + std::to_string(1000 + i);
    pet.status = i % 3 ? PetStatus::InCare : PetStatus::Adoptable;
    pet.allergies = i % 4 == 0 ? "Chicken" : "";
    return pet;
}

/** Every third item blank, the others with a pet; kennel cards get a photo. */
std::vector<TagItem> mixedItems(int count)
{
    std::vector<TagItem> items = blankTags(count);
    for (int i = 0; i < count; ++i) {
        if (i % 3 != 2) {
            items[static_cast<std::size_t>(i)].pet = samplePet(i);
            items[static_cast<std::size_t>(i)].pet->tagId = items[static_cast<std::size_t>(i)].tagId;
            items[static_cast<std::size_t>(i)].photo = testPhoto();
        }
    }
    return items;
}

TagSheetJob jobFor(const TagLayout& layout, std::vector<TagItem> items)
{
    TagSheetJob job;
    job.layout = layout;
    job.items = std::move(items);
    job.publicBaseUrl = kBaseUrl;
    job.today = Date{2025, 3, 1};
    return job;
}

QString expectedUrl(const TagItem& item)
{
    // Built here, not with tagUrl(): the test states the format.
    return kBaseUrl + QStringLiteral("/t/") + QString::fromStdString(item.tagId);
}

struct Decoded
{
    int page;
    DecodedQr qr;
};

std::vector<Decoded> decodeAll(const PdfFile& pdf, int dpi)
{
    DecodeOptions findAll;
    findAll.findAll = true;
    std::vector<Decoded> out;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        for (DecodedQr& qr : decodeQrCodes(pdf.render(page, dpi), findAll)) {
            out.push_back({page, std::move(qr)});
        }
    }
    return out;
}

/** Sheet specs typed from the manufacturers' sheets (see TestLabelLayout). */
QRectF specLabelRect(const QString& id, int indexOnPage)
{
    struct Spec
    {
        int columns;
        double w, h, left, top, pitchX, pitchY;
    };
    static const std::map<QString, Spec> specs{
        {QStringLiteral("avery-l7160"), {3, 63.5, 38.1, 7.25, 15.15, 66.0, 38.1}},
        {QStringLiteral("avery-5160"), {3, 2.625 * kInch, kInch, 0.1875 * kInch, 0.5 * kInch, 2.75 * kInch, kInch}},
        {QStringLiteral("dymo-89x36"), {1, 89, 36, 0, 0, 89, 36}},
    };
    const Spec& s = specs.at(id);
    return {s.left + (indexOnPage % s.columns) * s.pitchX, s.top + (indexOnPage / s.columns) * s.pitchY, s.w, s.h};
}

} // namespace

class TestTagSheet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(havePdftotext(), "pdftotext (poppler-utils) is needed: scripts/install-deps.sh"); }

    void testEveryTagDecodesToItsUrl_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("dpi");
        for (const TagLayout& layout : TagLayout::builtIn()) {
            for (int dpi : {150, 300}) {
                QTest::addRow("%s @%d", qPrintable(layout.id), dpi) << layout.id << dpi;
            }
        }
    }

    void testEveryTagDecodesToItsUrl()
    {
        QFETCH(QString, layout);
        QFETCH(int, dpi);
        const TagLayout sheet = *TagLayout::byId(layout);
        // One more than a page, so the second page is exercised too.
        const int count = sheet.style == TagStyle::KennelCard ? 3 : sheet.sheet.labelsPerPage() + 1;
        const TagSheetJob job = jobFor(sheet, mixedItems(count));
        auto bytes = tagSheetPdf(job);
        QVERIFY2(bytes.hasValue(), bytes ? "" : bytes.error().detail.c_str());
        const PdfFile pdf(*bytes);
        QCOMPARE(pdf.pageCount(), tagPageCount(job));
        QVERIFY(pdf.pageCount() >= 2);

        std::map<QString, int> expectedPage;
        for (int i = 0; i < count; ++i) {
            expectedPage[expectedUrl(job.items[static_cast<std::size_t>(i)])] = tagPlacement(job, i).page;
        }
        std::map<QString, int> seen;
        for (const Decoded& d : decodeAll(pdf, dpi)) {
            QVERIFY2(expectedPage.count(d.qr.text) == 1, qPrintable(QStringLiteral("unexpected payload ") + d.qr.text));
            QCOMPARE(d.page, expectedPage[d.qr.text]);
            QCOMPARE(d.qr.errorCorrection, QStringLiteral("M"));
            ++seen[d.qr.text];
        }
        QCOMPARE(static_cast<int>(seen.size()), count);
        for (const auto& [url, times] : seen) {
            QVERIFY2(times == 1, qPrintable(url));
        }
    }

    void testHundredTagSheetDecodesHundred_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("dpi");
        for (const char* id : {"avery-l7160", "avery-5160", "round-25"}) {
            for (int dpi : {150, 300}) {
                QTest::addRow("%s @%d", id, dpi) << QString::fromLatin1(id) << dpi;
            }
        }
    }

    void testHundredTagSheetDecodesHundred()
    {
        QFETCH(QString, layout);
        QFETCH(int, dpi);
        const TagSheetJob job = jobFor(*TagLayout::byId(layout), blankTags(100));
        auto bytes = tagSheetPdf(job);
        QVERIFY(bytes.hasValue());
        const PdfFile pdf(*bytes);
        std::set<QString> expected;
        for (const TagItem& item : job.items) {
            expected.insert(expectedUrl(item));
        }
        QCOMPARE(expected.size(), std::size_t(100));
        std::set<QString> decoded;
        for (const Decoded& d : decodeAll(pdf, dpi)) {
            QVERIFY2(expected.count(d.qr.text) == 1, qPrintable(d.qr.text));
            decoded.insert(d.qr.text);
        }
        QCOMPARE(decoded.size(), std::size_t(100));
    }

    void testQrCodesSitOnTheSpecifiedLabels_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<double>("offsetX");
        QTest::addColumn<double>("offsetY");
        for (const char* id : {"avery-l7160", "avery-5160", "dymo-89x36"}) {
            QTest::addRow("%s", id) << QString::fromLatin1(id) << 0.0 << 0.0;
            QTest::addRow("%s calibrated +1.5,-1.0", id) << QString::fromLatin1(id) << 1.5 << -1.0;
        }
    }

    /** Decodes at 300 dpi, converts the symbol corners to mm, and checks each code against the
     *  label the sheet spec puts its item on (calibration offset added): centred vertically within
     *  0.5 mm, quiet zone inside the label. */
    void testQrCodesSitOnTheSpecifiedLabels()
    {
        QFETCH(QString, layout);
        QFETCH(double, offsetX);
        QFETCH(double, offsetY);
        TagSheetJob job = jobFor(*TagLayout::byId(layout), blankTags(TagLayout::byId(layout)->sheet.labelsPerPage()));
        job.calibration = {offsetX, offsetY};
        auto bytes = tagSheetPdf(job);
        QVERIFY(bytes.hasValue());
        const PdfFile pdf(*bytes);
        const QSizeF pageMm = pdf.pageSizeMm(0);
        QVERIFY(std::abs(pageMm.width() - job.layout.sheet.pageSizeMm.width()) < 0.5);
        QVERIFY(std::abs(pageMm.height() - job.layout.sheet.pageSizeMm.height()) < 0.5);

        std::map<QString, int> indexOf;
        for (int i = 0; i < static_cast<int>(job.items.size()); ++i) {
            indexOf[expectedUrl(job.items[static_cast<std::size_t>(i)])] = i;
        }
        constexpr int kDpi = 300;
        constexpr double kMmPerPixel = 25.4 / kDpi;
        const int modules = QrCode::encode(expectedUrl(job.items[0]))->size();
        const auto decoded = decodeAll(pdf, kDpi);
        QCOMPARE(static_cast<int>(decoded.size()), static_cast<int>(job.items.size()));
        for (const Decoded& d : decoded) {
            QVERIFY(indexOf.count(d.qr.text) == 1);
            const QRectF label = specLabelRect(layout, indexOf[d.qr.text]).translated(offsetX, offsetY);
            const QRectF symbol = d.qr.corners.boundingRect();
            const QRectF symbolMm(symbol.topLeft() * kMmPerPixel, symbol.size() * kMmPerPixel);
            // ZXing reports the symbol's outer corners.
            const double moduleMm = symbolMm.width() / modules;
            const QRectF quietMm = symbolMm.adjusted(-4 * moduleMm, -4 * moduleMm, 4 * moduleMm, 4 * moduleMm);
            const QString where = QStringLiteral("%1: symbol (%2,%3)-(%4,%5) mm, label (%6,%7)-(%8,%9) mm")
                                      .arg(d.qr.text.right(6))
                                      .arg(symbolMm.left(), 0, 'f', 2)
                                      .arg(symbolMm.top(), 0, 'f', 2)
                                      .arg(symbolMm.right(), 0, 'f', 2)
                                      .arg(symbolMm.bottom(), 0, 'f', 2)
                                      .arg(label.left(), 0, 'f', 2)
                                      .arg(label.top(), 0, 'f', 2)
                                      .arg(label.right(), 0, 'f', 2)
                                      .arg(label.bottom(), 0, 'f', 2);
            QVERIFY2(std::abs(symbolMm.center().y() - label.center().y()) <= 0.5, qPrintable(where));
            QVERIFY2(quietMm.left() >= label.left() - 0.5 && quietMm.top() >= label.top() - 0.5 &&
                         quietMm.bottom() <= label.bottom() + 0.5 && quietMm.right() <= label.right() + 0.5,
                     qPrintable(where));
            // The code sits in the left part of the label, text to its right, within 0.5 mm of the
            // label's left padding (at most 2 mm).
            QVERIFY2(quietMm.left() - label.left() <= 2.0 + 0.5, qPrintable(where));
        }
    }

    void testRoundTagsCentreTheirCode_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<double>("diameter");
        QTest::newRow("round 25") << "round-25" << 25.0;
        QTest::newRow("round 30") << "round-30" << 30.0;
    }

    void testRoundTagsCentreTheirCode()
    {
        QFETCH(QString, layout);
        QFETCH(double, diameter);
        const TagSheetJob job = jobFor(*TagLayout::byId(layout), mixedItems(12));
        auto bytes = tagSheetPdf(job);
        QVERIFY(bytes.hasValue());
        const PdfFile pdf(*bytes);
        std::map<QString, QRectF> circleOf;
        for (int i = 0; i < 12; ++i) {
            circleOf[expectedUrl(job.items[static_cast<std::size_t>(i)])] = tagPlacement(job, i).labelRectMm;
        }
        const int modules = QrCode::encode(expectedUrl(job.items[0]))->size();
        for (const Decoded& d : decodeAll(pdf, 300)) {
            const QRectF circle = circleOf.at(d.qr.text);
            QCOMPARE(circle.width(), diameter);
            const QRectF symbol = d.qr.corners.boundingRect();
            const QPointF centreMm = symbol.center() * 25.4 / 300;
            QVERIFY(QLineF(centreMm, circle.center()).length() <= 0.5);
            // The whole quiet zone lies inside the circle: its corners are within the radius.
            const double moduleMm = symbol.width() * 25.4 / 300 / modules; // outer corners
            const double halfQuiet = (modules / 2.0 + 4) * moduleMm;
            QVERIFY2(halfQuiet * std::sqrt(2.0) <= diameter / 2 + 0.1,
                     qPrintable(QStringLiteral("quiet zone corner at %1 mm, radius %2")
                                    .arg(halfQuiet * std::sqrt(2.0))
                                    .arg(diameter / 2)));
        }
    }

    void testCodesAreVectorsNotImages()
    {
        // Without photos nothing in a tag sheet may be a bitmap; with kennel photos there are
        // bitmaps, which shows the check can see them.
        std::vector<TagItem> items = mixedItems(6);
        for (TagItem& item : items) {
            item.photo.clear();
        }
        for (const TagLayout& layout : TagLayout::builtIn()) {
            auto bytes = tagSheetPdf(jobFor(layout, items));
            QVERIFY(bytes.hasValue());
            QCOMPARE(PdfFile(*bytes).imageCount(), 0);
        }
        auto withPhotos = tagSheetPdf(jobFor(TagLayout::kennelCard(), mixedItems(3)));
        QVERIFY(withPhotos.hasValue());
        QCOMPARE(PdfFile(*withPhotos).imageCount(), 2);
    }

    void testPrintsNamesAndClaimText()
    {
        const TagSheetJob job = jobFor(TagLayout::averyL7160(), mixedItems(6));
        auto bytes = tagSheetPdf(job);
        QVERIFY(bytes.hasValue());
        const QString text = PdfFile(*bytes).text(0, PdfFile::TextMode::Raw).simplified();
        QVERIFY2(text.contains(QStringLiteral("Luna")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Max")));
        QVERIFY(text.contains(QStringLiteral("Scan to register / claim")));
        for (const TagItem& item : job.items) {
            QVERIFY2(text.contains(shortTagId(item.tagId)), qPrintable(shortTagId(item.tagId)));
        }
        // Kennel card: name, status, microchip and the allergy a carer must see.
        auto card = tagSheetPdf(jobFor(TagLayout::kennelCard(), mixedItems(1)));
        QVERIFY(card.hasValue());
        const QString cardText = PdfFile(*card).text(0, PdfFile::TextMode::Raw).simplified();
        QVERIFY2(cardText.contains(QStringLiteral("Luna")), qPrintable(cardText));
        QVERIFY(cardText.contains(QStringLiteral("ADOPTABLE")));
        QVERIFY(cardText.contains(QStringLiteral("985112000001000")));
        QVERIFY(cardText.contains(QStringLiteral("Allergies: Chicken")));
    }

    void testAdoptableAnimalsCardLinksToItsAdoptionPage()
    {
        QVERIFY2(haveZbar(), "pdftoppm and zbarimg are needed: scripts/install-deps.sh");
        // An animal up for adoption, one in care, and a blank card: only the first asks visitors
        // to adopt it, and only on a kennel card (a collar tag is for finders).
        std::vector<TagItem> items = mixedItems(3);
        items[0].adoptionPage = true;
        items[0].pet->status = PetStatus::InCare; // the pet record lags behind the adoption workflow
        items[2].adoptionPage = true;             // blank: there is no animal whose page it could open
        const QString adoption = kBaseUrl + QStringLiteral("/adopt/pet/") + QString::fromStdString(items[0].pet->id);
        const std::set<QString> expected{adoption, expectedUrl(items[1]), expectedUrl(items[2])};
        auto bytes = tagSheetPdf(jobFor(TagLayout::kennelCard(), items));
        QVERIFY(bytes.hasValue());
        const PdfFile pdf(*bytes);
        QCOMPARE(pdf.pageCount(), 3);
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QString want = page == 0 ? adoption : expectedUrl(items[static_cast<std::size_t>(page)]);
            const auto ours = decodeQrCodes(pdf.render(page, 150));
            QCOMPARE(ours.size(), std::size_t{1});
            QCOMPARE(ours.front().text, want);
            const QString text = pdf.text(page, PdfFile::TextMode::Raw).simplified();
            QCOMPARE(text.contains(QStringLiteral("Scan to adopt me")), page == 0);
            if (page == 0) { // whatever the pet record says: the card asks visitors to adopt it
                QVERIFY2(text.contains(QStringLiteral("ADOPTABLE")) && !text.contains(QStringLiteral("IN CARE")),
                         qPrintable(text));
            }
            // The address too, for a phone that cannot scan (wrapped over lines: compared without spaces).
            QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(want), qPrintable(text));
            QVERIFY(text.contains(shortTagId(items[static_cast<std::size_t>(page)].tagId)));
        }
        const QStringList zbar = pdf.zbarCodes(300);
        QVERIFY2(std::set<QString>(zbar.begin(), zbar.end()) == expected && zbar.size() == 3,
                 qPrintable(QStringLiteral("zbar read: ") + zbar.join(QLatin1Char(' '))));

        // The same animal on a sheet of labels keeps its tag's address.
        auto labels = tagSheetPdf(jobFor(TagLayout::averyL7160(), items));
        QVERIFY(labels.hasValue());
        DecodeOptions findAll;
        findAll.findAll = true;
        std::set<QString> labelUrls;
        for (const DecodedQr& code : decodeQrCodes(PdfFile(*labels).render(0, 300), findAll)) {
            labelUrls.insert(code.text);
        }
        QVERIFY(labelUrls.count(expectedUrl(items[0])) == 1 && labelUrls.count(adoption) == 0);
    }

    void testPrintsWhoToCallWhereThereIsRoom()
    {
        // A finder without a smartphone can still call the clinic: on labels and kennel cards.
        TagSheetJob job = jobFor(TagLayout::averyL7160(), mixedItems(2));
        job.organisation = QStringLiteral("Veterinaria San Roque");
        job.organisationPhone = QStringLiteral("011 4321-9876");
        const QString text = PdfFile(*tagSheetPdf(job)).text(0, PdfFile::TextMode::Raw).simplified();
        QVERIFY2(text.contains(QStringLiteral("011 4321-9876")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("San Roque")));
        TagSheetJob card = jobFor(TagLayout::kennelCard(), mixedItems(1));
        card.organisation = job.organisation;
        card.organisationPhone = job.organisationPhone;
        const QString cardText = PdfFile(*tagSheetPdf(card)).text(0, PdfFile::TextMode::Raw).simplified();
        QVERIFY2(cardText.contains(QStringLiteral("Veterinaria San Roque 011 4321-9876")), qPrintable(cardText));
        // Without a clinic the label names the server, as before.
        const QString plain =
            PdfFile(*tagSheetPdf(jobFor(TagLayout::averyL7160(), mixedItems(2)))).text(0, PdfFile::TextMode::Raw);
        QVERIFY(!plain.contains(QStringLiteral("San Roque")));
    }

    void testRejectsInvalidJobs()
    {
        TagSheetJob job = jobFor(TagLayout::averyL7160(), blankTags(3));
        auto check = [](const TagSheetJob& j, ReportErrc code) {
            auto bytes = tagSheetPdf(j);
            return !bytes.hasValue() && bytes.error().code == code;
        };
        QVERIFY(check(jobFor(TagLayout::averyL7160(), {}), ReportErrc::EmptyJob));
        TagSheetJob badUrl = job;
        badUrl.publicBaseUrl = QStringLiteral("petinfo.example");
        QVERIFY(check(badUrl, ReportErrc::InvalidBaseUrl));
        TagSheetJob badId = job;
        badId.items[1].tagId = "not-a-tag";
        QVERIFY(check(badId, ReportErrc::InvalidTagId));
        TagSheetJob skip = job;
        skip.skipLabels = 21;
        QVERIFY(check(skip, ReportErrc::InvalidLayout));
        TagSheetJob geometry = job;
        geometry.layout.sheet.rows = 9;
        QVERIFY(check(geometry, ReportErrc::InvalidLayout));
    }

    void testWritesFilesAtomically()
    {
        QTemporaryDir dir;
        const TagSheetJob job = jobFor(TagLayout::avery5160(), blankTags(31));
        const QString path = dir.filePath(QStringLiteral("tags.pdf"));
        auto pages = writeTagSheetPdf(job, path);
        QVERIFY(pages.hasValue());
        QCOMPARE(*pages, 2);
        QCOMPARE(PdfFile([&] {
                     QFile f(path);
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }())
                     .pageCount(),
                 2);

        std::atomic<bool> cancel{true};
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
        auto stopped = writeTagSheetPdf(job, cancelled, &cancel);
        QVERIFY(!stopped.hasValue());
        QCOMPARE(stopped.error().code, ReportErrc::Cancelled);
        QVERIFY(!QFileInfo::exists(cancelled));

        auto unwritable = writeTagSheetPdf(job, dir.filePath(QStringLiteral("missing/dir/tags.pdf")));
        QVERIFY(!unwritable.hasValue());
        QCOMPARE(unwritable.error().code, ReportErrc::WriteFailed);
    }
};

QTEST_MAIN(TestTagSheet)
#include "TestTagSheet.moc"
