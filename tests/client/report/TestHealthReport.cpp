// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/BatchReport.h"
#include "petinfo/report/HealthReport.h"
#include "petinfo/report/QrDecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <map>
#include <set>

using namespace petinfo;
using namespace petinfo::report;
using namespace petinfo::report::test;

namespace {

HealthRecord record(HealthKind kind, Date date, std::string product, std::optional<Date> nextDue = std::nullopt,
                    std::string batch = {})
{
    HealthRecord r;
    r.id = newUuid();
    r.kind = kind;
    r.date = date;
    r.product = std::move(product);
    r.nextDue = nextDue;
    r.batch = std::move(batch);
    r.givenBy = "Dr. García";
    return r;
}

/** Luna, with one vaccine in each due state: today is 2025-03-01. */
ReportData lunaReport()
{
    ReportData data;
    data.pet.id = newUuid();
    data.pet.name = "Luna";
    data.pet.species = Species::Dog;
    data.pet.breed = "Labrador Retriever";
    data.pet.sex = Sex::Female;
    data.pet.neutered = Neutered::Yes;
    data.pet.birthDate = Date{2019, 4, 12};
    data.pet.microchip = "985112345678901";
    data.pet.allergies = "Penicillin";
    data.pet.tagId = newTagId();
    data.owner = Person{};
    data.owner->name = "María Fernández";
    data.owner->phones = {"+5491123456789"};
    data.owner->email = "maria@example.com";
    data.records = {
        record(HealthKind::Vaccine, {2023, 1, 10}, "Rabies", Date{2024, 1, 10}, "RAB-OLD"),
        record(HealthKind::Vaccine, {2024, 1, 5}, "Rabies", Date{2025, 1, 5}, "RAB-NEW"),
        record(HealthKind::Vaccine, {2024, 3, 20}, "DHPPi", Date{2025, 3, 20}, "DHP-1"),
        record(HealthKind::Vaccine, {2024, 6, 1}, "Leptospirosis", Date{2025, 6, 1}, "LEP-1"),
        record(HealthKind::Deworming, {2025, 1, 15}, "Milbemax", Date{2025, 4, 15}),
        record(HealthKind::FleaTick, {2024, 10, 1}, "Bravecto", Date{2025, 1, 1}),
        record(HealthKind::Surgery, {2020, 5, 2}, "Spay surgery"),
        record(HealthKind::Treatment, {2024, 11, 3}, "Dental cleaning"),
    };
    for (int i = 0; i < 5; ++i) {
        WeightEntry w;
        w.id = newUuid();
        w.date = Date{2024, static_cast<unsigned>(2 + i * 2), 1};
        w.kg = 24.5 + i * 0.4;
        data.weights.push_back(w);
    }
    Note note;
    note.id = newUuid();
    note.text = "Afraid of thunderstorms.";
    note.createdAtMs = 1735732800000; // 2025-01-01 12:00 UTC
    note.author = "Dra. Paula Gómez <paula@clinica.example>";
    note.showOnReports = true;
    data.notes.push_back(note);
    Note internal;
    internal.id = newUuid();
    internal.text = "Muzzle for nail trims.";
    internal.createdAtMs = 1735819200000;
    internal.author = "Ana <ana@clinica.example>";
    data.notes.push_back(internal); // staff only: not on the owner's copy
    data.photo = testPhoto();
    data.publicBaseUrl = kBaseUrl;
    data.today = Date{2025, 3, 1};
    data.generatedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 15));
    data.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return data;
}

/** 200 records across the three tables, each with a unique marker to find it by. */
ReportData longReport()
{
    ReportData data = lunaReport();
    data.records.clear();
    Date day{2015, 1, 1};
    for (int i = 0; i < 200; ++i) {
        day = day.addDays(9);
        const QString n = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        if (i % 5 < 2) {
            data.records.push_back(
                record(HealthKind::Vaccine, day, "Vaccine", day.addMonths(12), ("VAC-" + n).toStdString()));
        } else if (i % 5 < 4) {
            data.records.push_back(
                record(HealthKind::Deworming, day, ("Dewormer-" + n).toStdString(), day.addMonths(3)));
        } else {
            data.records.push_back(record(HealthKind::CheckUp, day, ("Procedure-" + n).toStdString()));
        }
    }
    return data;
}

QByteArray render(const ReportData& data, const ReportOptions& options = {})
{
    auto pdf = healthReportPdf(data, options);
    return pdf ? *pdf : QByteArray();
}

QStringList pageTexts(const PdfFile& pdf)
{
    QStringList pages;
    for (int i = 0; i < pdf.pageCount(); ++i) {
        pages << pdf.text(i);
    }
    return pages;
}

/** The line of `text` holding all of `parts`. */
QString lineWith(const QString& text, const QStringList& parts)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (std::all_of(parts.begin(), parts.end(), [&line](const QString& p) { return line.contains(p); })) {
            return line;
        }
    }
    return {};
}

/** Marks every string it translates, to prove the report's text goes through translate(). */
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* /*disambiguation*/, int n) const override
    {
        if (!QByteArray(context).startsWith("petinfo::report::")) {
            return {};
        }
        QString text = QString::fromUtf8(source);
        if (n >= 0) {
            text.replace(QLatin1String("%n"), QString::number(n));
        }
        return QLatin1Char('[') + text + QLatin1Char(']');
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestHealthReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(havePdftotext(), "pdftotext (poppler-utils) is needed: scripts/install-deps.sh"); }

    void testContainsPetDetailsAndEveryVaccine()
    {
        const PdfFile pdf(render(lunaReport()));
        QVERIFY(pdf.isValid());
        const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
        for (const char* expected :
             {"Luna", "985112345678901", "Rabies", "DHPPi", "Leptospirosis", "Labrador Retriever", "María Fernández",
              "+54 9 11 2345-6789", "maria@example.com", "Allergies: Penicillin", "Milbemax", "Bravecto",
              "Spay surgery", "Dental cleaning", "Afraid of thunderstorms", "12/04/2019", "5 years 10 months"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
    }

    void testOnlyNotesChosenForReportsArePrinted()
    {
        ReportData data = lunaReport();
        const QString text = pageTexts(PdfFile(render(data))).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Afraid of thunderstorms")));
        QVERIFY(text.contains(QStringLiteral("Dra. Paula Gómez"))); // who wrote it, by name
        QVERIFY(!text.contains(QStringLiteral("paula@clinica.example")));
        QVERIFY2(!text.contains(QStringLiteral("Muzzle")), "an internal note was printed");

        // With no note chosen, the section says there are none.
        data.notes.front().showOnReports = false;
        data.pet.notes.clear();
        const QString none = pageTexts(PdfFile(render(data))).join(QLatin1Char('\n'));
        QVERIFY(!none.contains(QStringLiteral("Afraid of thunderstorms")));
        QVERIFY(!none.contains(QStringLiteral("Muzzle")));
        QVERIFY(none.contains(QStringLiteral("No notes.")));
    }

    void testMarksDueStates_data()
    {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QString>("status");
        QTest::newRow("latest rabies is overdue") << "RAB-NEW"
                                                  << "OVERDUE";
        QTest::newRow("older rabies was renewed") << "RAB-OLD"
                                                  << "Renewed";
        QTest::newRow("dhppi due in 19 days") << "DHP-1"
                                              << "Due soon";
        QTest::newRow("lepto due in June") << "LEP-1"
                                           << "Up to date";
    }

    void testMarksDueStates()
    {
        QFETCH(QString, batch);
        QFETCH(QString, status);
        const PdfFile pdf(render(lunaReport()));
        const QString line = lineWith(pageTexts(pdf).join(QLatin1Char('\n')), {batch});
        QVERIFY2(!line.isEmpty(), qPrintable(batch));
        QVERIFY2(line.contains(status), qPrintable(line));
        for (const char* other : {"OVERDUE", "Renewed", "Due soon", "Up to date"}) {
            if (status != QLatin1String(other)) {
                QVERIFY2(!line.contains(QLatin1String(other)), qPrintable(line));
            }
        }
        // Parasite control follows the same rule: Bravecto was due on 1 January.
        QVERIFY(lineWith(pageTexts(pdf).join(QLatin1Char('\n')), {QStringLiteral("Bravecto")})
                    .contains(QStringLiteral("OVERDUE")));
    }

    void testQrCodeOpensPublicPage_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("150 dpi") << 150;
        QTest::newRow("300 dpi") << 300;
    }

    void testQrCodeOpensPublicPage()
    {
        QFETCH(int, dpi);
        const ReportData data = lunaReport();
        const PdfFile pdf(render(data));
        const auto codes = decodeQrCodes(pdf.render(0, dpi));
        QCOMPARE(codes.size(), std::size_t(1));
        QCOMPARE(codes[0].text, kBaseUrl + QStringLiteral("/t/") + QString::fromStdString(data.pet.tagId));
        for (int page = 1; page < pdf.pageCount(); ++page) {
            QVERIFY(decodeQrCodes(pdf.render(page, dpi)).empty());
        }
    }

    void testLongReportRepeatsTableHeaders()
    {
        const PdfFile pdf(render(longReport()));
        QVERIFY(pdf.isValid());
        QVERIFY2(pdf.pageCount() >= 4, qPrintable(QString::number(pdf.pageCount())));
        const QStringList pages = pageTexts(pdf);
        struct TableCheck
        {
            QRegularExpression marker, header;
            QString title;
            int pages = 0;
        };
        std::vector<TableCheck> tables{
            {QRegularExpression(QStringLiteral("VAC-\\d{3}")),
             QRegularExpression(QStringLiteral("Date +Vaccine +Batch +Given by +Next due +Status")),
             QStringLiteral("Vaccines")},
            {QRegularExpression(QStringLiteral("Dewormer-\\d{3}")),
             QRegularExpression(QStringLiteral("Date +Product +Type +Given by +Next due +Status")),
             QStringLiteral("Deworming and parasite control")},
            {QRegularExpression(QStringLiteral("Procedure-\\d{3}")),
             QRegularExpression(QStringLiteral("Date +Type +Description +Given by +Notes")),
             QStringLiteral("Treatments and procedures")},
        };
        std::map<QString, int> seen;
        for (int p = 0; p < pages.size(); ++p) {
            const QString& text = pages[p];
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Generated 01/03/2025")));
            for (TableCheck& table : tables) {
                const auto first = table.marker.match(text);
                if (!first.hasMatch()) {
                    continue;
                }
                ++table.pages;
                // Every page a table reaches shows its title and header row above its first row.
                const auto header = table.header.match(text);
                QVERIFY2(header.hasMatch(),
                         qPrintable(QStringLiteral("page %1 lacks %2").arg(p + 1).arg(table.header.pattern())));
                QVERIFY(header.capturedStart() < first.capturedStart());
                const QString above = text.left(header.capturedStart());
                QVERIFY2(above.contains(table.title),
                         qPrintable(QStringLiteral("page %1: %2").arg(p + 1).arg(table.title)));
                if (table.pages > 1) {
                    QVERIFY2(above.contains(table.title + QStringLiteral(" (continued)")), qPrintable(table.title));
                }
                for (auto it = table.marker.globalMatch(text); it.hasNext();) {
                    ++seen[it.next().captured()];
                }
            }
        }
        QCOMPARE(static_cast<int>(seen.size()), 200);
        for (const auto& [marker, count] : seen) {
            QVERIFY2(count == 1, qPrintable(marker)); // no row lost or printed twice at a page break
        }
        // 80 vaccines and 80 dewormings each need more than one page.
        QVERIFY(tables[0].pages >= 2);
        QVERIFY(tables[1].pages >= 2);
    }

    void testPageSizeFollowsLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QSizeF>("sizeMm");
        const QSizeF a4(210, 297);
        const QSizeF letter(215.9, 279.4);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << letter;
        QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << letter;
        QTest::newRow("es_MX") << QLocale(QLocale::Spanish, QLocale::Mexico) << letter;
        QTest::newRow("es_CL") << QLocale(QLocale::Spanish, QLocale::Chile) << letter;
        QTest::newRow("es_AR") << QLocale(QLocale::Spanish, QLocale::Argentina) << a4;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << a4;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << a4;
        QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << a4;
    }

    void testPageSizeFollowsLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QSizeF, sizeMm);
        ReportData data = lunaReport();
        data.locale = locale;
        const PdfFile pdf(render(data));
        QVERIFY(pdf.isValid());
        for (int p = 0; p < pdf.pageCount(); ++p) {
            const QSizeF got = pdf.pageSizeMm(p);
            QVERIFY2(std::abs(got.width() - sizeMm.width()) < 0.5 && std::abs(got.height() - sizeMm.height()) < 0.5,
                     qPrintable(QStringLiteral("%1 x %2 mm").arg(got.width()).arg(got.height())));
        }
        // An explicit choice wins over the locale.
        ReportOptions options;
        options.pageSize = sizeMm.width() > 212 ? QPageSize::A4 : QPageSize::Letter;
        const PdfFile overridden(render(data, options));
        QVERIFY(std::abs(overridden.pageSizeMm(0).width() - sizeMm.width()) > 5);
    }

    void testPhonesAndTheClinicAsThatCountryWritesThem()
    {
        ReportData data = lunaReport();
        data.phoneRegion = QStringLiteral("AR");
        data.organisation = QStringLiteral("Veterinaria San Roque");
        data.organisationAddress = QStringLiteral("Av. Corrientes 1234\nC1043 Buenos Aires");
        data.organisationPhone = QStringLiteral("+541143219876");
        const QString text = pageTexts(PdfFile(render(data))).join(QLatin1Char('\n'));
        for (const char* expected : {"011 15-2345-6789", "Veterinaria San Roque", "Av. Corrientes 1234",
                                     "C1043 Buenos Aires", "Phone: 011 4321-9876"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!text.contains(QStringLiteral("+5491123456789")));
    }

    void testClinicLogoIsPrinted()
    {
        ReportData data = lunaReport();
        data.photo.clear();
        QImage logo(300, 120, QImage::Format_RGB32);
        logo.fill(QColor(20, 120, 60));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        data.organisationLogo = png;
        QCOMPARE(PdfFile(render(data)).imageCount(), 1);
        data.organisationLogo = QByteArray("not an image");
        QCOMPARE(PdfFile(render(data)).imageCount(), 0); // left out, the report still made
    }

    void testOnlyThePhotoIsABitmap()
    {
        ReportData data = lunaReport();
        QCOMPARE(PdfFile(render(data)).imageCount(), 1); // the photo; QR code and weight chart are vectors
        data.photo.clear();
        QCOMPARE(PdfFile(render(data)).imageCount(), 0);
    }

    void testQrCodeNeedsTagAndValidAddress()
    {
        ReportData data = lunaReport();
        data.pet.tagId.clear();
        QVERIFY(decodeQrCodes(PdfFile(render(data)).render(0, 150)).empty());
        data = lunaReport();
        data.publicBaseUrl.clear(); // no server configured: a report without a QR code
        QVERIFY(decodeQrCodes(PdfFile(render(data)).render(0, 150)).empty());

        data = lunaReport();
        data.publicBaseUrl = QStringLiteral("not a url");
        auto bad = healthReportPdf(data);
        QVERIFY(!bad.hasValue());
        QCOMPARE(bad.error().code, ReportErrc::InvalidBaseUrl);
        data = lunaReport();
        data.pet.tagId = "short";
        auto badTag = healthReportPdf(data);
        QVERIFY(!badTag.hasValue());
        QCOMPARE(badTag.error().code, ReportErrc::InvalidTagId);
    }

    void testEmptyReportSaysSo()
    {
        ReportData data;
        data.pet.name = "Nobody";
        data.today = Date{2025, 3, 1};
        data.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        const PdfFile pdf(render(data));
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = pdf.text(0);
        for (const char* expected :
             {"Nobody", "No owner recorded.", "No vaccines recorded.", "No deworming or parasite treatments recorded.",
              "No treatments or procedures recorded.", "No weights recorded.", "No notes.", "Page 1 of 1"}) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
    }

    void testLongNoteContinuesOnNextPage()
    {
        ReportData data = lunaReport();
        QString text;
        for (int i = 0; i < 600; ++i) {
            text += QStringLiteral("Sentence %1 of a long observation. ").arg(i);
        }
        text += QStringLiteral("FinalWord");
        data.notes.front().text = text.toStdString();
        const PdfFile pdf(render(data));
        QVERIFY(pdf.pageCount() >= 3);
        const QString all = pageTexts(pdf).join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Sentence 0 of")));
        QVERIFY(all.contains(QStringLiteral("Sentence 599 of")));
        QVERIFY(all.contains(QStringLiteral("FinalWord")));
    }

    void testTextGoesThroughTranslation()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QByteArray bytes = render(lunaReport());
        QCoreApplication::removeTranslator(&translator);
        const PdfFile pdf(bytes);
        const QString text = pageTexts(pdf).join(QLatin1Char('\n'));
        // Captions are printed upper-case, so "Microchip" shows as "[MICROCHIP]".
        for (const char* marked : {"[Vaccines]", "[Owner]", "[Dog]", "[OVERDUE]", "[MICROCHIP]", "[Weight (kg)]"}) {
            QVERIFY2(text.contains(QLatin1String(marked)), marked);
        }
        QVERIFY(text.contains(QStringLiteral("[Page 1 of %1]").arg(pdf.pageCount())));
    }

    void testRendersOffTheGuiThread()
    {
        // The GUI runs batches with QtConcurrent: fonts, text layout and QPdfWriter in a worker.
        const ReportData data = longReport();
        ReportResult<QByteArray> inWorker = fail(ReportErrc::PaintFailed);
        QThread* worker = QThread::create([&] { inWorker = healthReportPdf(data); });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(inWorker.hasValue());
        QCOMPARE(PdfFile(*inWorker).pageCount(), PdfFile(render(data)).pageCount());
    }

    void testBatchIntoOneFile()
    {
        QTemporaryDir dir;
        std::vector<ReportData> reports{lunaReport(), lunaReport(), lunaReport()};
        reports[1].pet.name = "Max";
        reports[2].pet.name = "Kiki";
        std::vector<std::pair<int, int>> progress;
        const QString path = dir.filePath(QStringLiteral("all.pdf"));
        auto outcome = renderHealthReports(reports, BatchMode::OneFile, path, {},
                                           [&progress](int done, int total) { progress.emplace_back(done, total); });
        QVERIFY2(outcome.hasValue(), outcome ? "" : outcome.error().detail.c_str());
        QCOMPARE(progress, (std::vector<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
        QCOMPARE(outcome->files, QStringList{path});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PdfFile pdf(file.readAll());
        QCOMPARE(pdf.pageCount(), outcome->pages);
        const int each = PdfFile(render(lunaReport())).pageCount();
        QCOMPARE(pdf.pageCount(), 3 * each);
        // Each pet starts on a new page with its own numbering.
        for (int i = 0; i < 3; ++i) {
            const QString first = pdf.text(i * each);
            QVERIFY(first.contains(QString::fromStdString(reports[static_cast<std::size_t>(i)].pet.name)));
            QVERIFY(first.contains(QStringLiteral("Page 1 of %1").arg(each)));
        }
    }

    void testBatchFilePerPet()
    {
        QTemporaryDir dir;
        std::vector<ReportData> reports{lunaReport(), lunaReport(), lunaReport()};
        reports[2].pet.name = "Max/Rex"; // unsafe in a file name
        auto outcome = renderHealthReports(reports, BatchMode::FilePerPet, dir.path());
        QVERIFY(outcome.hasValue());
        QCOMPARE(outcome->files.size(), 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
        std::set<QString> names;
        for (const QString& file : outcome->files) {
            QVERIFY(QFile::exists(file));
            QVERIFY(names.insert(QFileInfo(file).fileName()).second);
            QVERIFY(QFileInfo(file).fileName().endsWith(QLatin1String(".pdf")));
            QVERIFY(!QFileInfo(file).fileName().contains(QLatin1Char('/')));
        }
    }

    void testBatchCancelLeavesNothing_data()
    {
        QTest::addColumn<BatchMode>("mode");
        QTest::newRow("one file") << BatchMode::OneFile;
        QTest::newRow("file per pet") << BatchMode::FilePerPet;
    }

    void testBatchCancelLeavesNothing()
    {
        QFETCH(BatchMode, mode);
        QTemporaryDir dir;
        std::atomic<bool> cancel{false};
        int loaded = 0;
        const ReportData luna = lunaReport();
        const QString output = mode == BatchMode::OneFile ? dir.filePath(QStringLiteral("all.pdf")) : dir.path();
        auto outcome = renderHealthReports(
            10,
            [&](int) {
                ++loaded;
                return luna;
            },
            mode, output, {}, [&cancel](int done, int) { cancel = done == 2; }, &cancel);
        QVERIFY(!outcome.hasValue());
        QCOMPARE(outcome.error().code, ReportErrc::Cancelled);
        QCOMPARE(loaded, 2); // stopped before loading the third pet
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestHealthReport)
#include "TestHealthReport.moc"
