// SPDX-License-Identifier: GPL-3.0-or-later
// The printed documents in the language the app runs in (PETINFO_TEST_LANGUAGE: es or pt_BR, the
// ctest names client.report.DocumentLanguages.<language>): a health report, a payment receipt and
// an adoption contract are rendered with the shipped translations installed as the app installs
// them, read back with pdftotext, and checked for English left in them: no English text of the
// report library that the shipped translation translates may appear. With PETINFO_SCREENSHOT_DIR
// set, each first page is saved as <language>-document-<name>.png for a person to read.
#include "ReportTestSupport.h"

#include "gui/Translations.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/AdoptionContract.h"
#include "petinfo/report/HealthReport.h"
#include "petinfo/report/Receipt.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace petinfo;
using namespace petinfo::report;
using petinfo::report::test::PdfFile;

namespace {

QString language()
{
    const QString chosen = qEnvironmentVariable("PETINFO_TEST_LANGUAGE");
    return chosen.isEmpty() ? QStringLiteral("es") : chosen;
}

QLocale documentLocale()
{
    return language() == QLatin1String("pt_BR") ? QLocale(QLocale::Portuguese, QLocale::Brazil)
                                                : QLocale(QLocale::Spanish, QLocale::Argentina);
}

/** English sources of the report library's strings that the shipped translation translates to
 *  something else: sentences and labels of two words or more without placeholders (single
 *  words such as "Dog" could also be a name or a brand in the data). */
QStringList translatedReportSources(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") &&
                   context.startsWith(QLatin1String("petinfo::report::"))) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString simple = QString(source).simplified();
            if (translation.simplified() != simple && simple.count(QLatin1Char(' ')) >= 1 &&
                !simple.contains(QLatin1Char('%')) && !simple.contains(QLatin1Char('<'))) {
                out << simple;
            }
        }
    }
    return out;
}

HealthRecord record(HealthKind kind, Date date, std::string product, std::optional<Date> nextDue = std::nullopt)
{
    HealthRecord r;
    r.id = newUuid();
    r.kind = kind;
    r.date = date;
    r.product = std::move(product);
    r.nextDue = nextDue;
    r.givenBy = "Dra. Pereyra";
    return r;
}

Pet pet()
{
    Pet p;
    p.id = newUuid();
    p.name = "Luna";
    p.species = Species::Dog;
    p.breed = "Mestiza";
    p.sex = Sex::Female;
    p.neutered = Neutered::Yes;
    p.birthDate = Date{2019, 4, 12};
    p.microchip = "985112345678901";
    p.allergies = "Penicilina";
    p.tagId = newTagId();
    return p;
}

} // namespace

class TestDocumentLanguages final : public QObject
{
    Q_OBJECT

    QStringList m_english;

    void check(const QByteArray& bytes, const QString& name)
    {
        PdfFile pdf(bytes);
        QVERIFY(pdf.isValid());
        if (const QString dir = qEnvironmentVariable("PETINFO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            pdf.render(0, 100).save(dir + QLatin1Char('/') + language() + QStringLiteral("-document-") + name +
                                    QStringLiteral(".png"));
        }
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page) {
            text += pdf.text(page, PdfFile::TextMode::Raw);
        }
        text = text.simplified();
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        QStringList left;
        for (const QString& english : m_english) {
            if (text.contains(english)) {
                left << english;
            }
        }
        QVERIFY2(left.isEmpty(), qPrintable(name + QStringLiteral(" still says: ") + left.join(QStringLiteral(" | "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::havePdftotext(), "pdftotext (poppler-utils) is needed: scripts/install-deps.sh");
        QLocale::setDefault(documentLocale());
        QVERIFY2(client::installTranslations(documentLocale()), qPrintable(language()));
        m_english =
            translatedReportSources(qEnvironmentVariable("PETINFO_SOURCE_DIR") +
                                    QStringLiteral("/translations/petinfo_") + language() + QStringLiteral(".ts"));
        // The report library has well over a hundred strings: a broken path reads none.
        QVERIFY2(m_english.size() > 50, qPrintable(QString::number(m_english.size())));
    }

    void testHealthReport()
    {
        ReportData data;
        data.pet = pet();
        data.owner = Person{};
        data.owner->name = "María José Gómez";
        data.owner->phones = {"+5491123456789"};
        data.records = {record(HealthKind::Vaccine, {2025, 1, 5}, "Antirrábica", Date{2026, 1, 5}),
                        record(HealthKind::Vaccine, {2025, 3, 20}, "Séxtuple", Date{2025, 12, 20}),
                        record(HealthKind::Deworming, {2025, 6, 15}, "Total Full", Date{2025, 9, 15}),
                        record(HealthKind::Surgery, {2020, 5, 2}, "Castración")};
        WeightEntry w;
        w.id = newUuid();
        w.petId = data.pet.id;
        w.date = Date{2025, 6, 15};
        w.kg = 12.25;
        data.weights = {w};
        Note note;
        note.id = newUuid();
        note.petId = data.pet.id;
        note.text = "Tranquila, buena con chicos.";
        note.showOnReports = true;
        data.notes = {note};
        data.publicBaseUrl = test::kBaseUrl;
        data.today = Date{2025, 11, 1};
        data.generatedAt = QDateTime(QDate(2025, 11, 1), QTime(10, 0));
        data.locale = documentLocale();
        data.organisation = "Veterinaria San Roque";
        data.organisationPhone = "+541145556666";
        data.phoneRegion = "AR";
        auto bytes = healthReportPdf(data);
        QVERIFY(bytes);
        check(*bytes, QStringLiteral("health-report"));
    }

    void testReceipt()
    {
        ReceiptData data;
        data.organisation = QStringLiteral("Refugio Patitas");
        data.receiptNumber = QStringLiteral("0f2c9a10-5b7e-4c1d-9a3e-2b6f8d4c1e07");
        data.planName = QStringLiteral("Clinic");
        data.periodText = documentLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat);
        data.amountText = documentLocale().toCurrencyString(4999.0, QStringLiteral("$"));
        data.currency = QStringLiteral("ARS");
        data.provider = QStringLiteral("MercadoPago");
        data.providerReference = QStringLiteral("1319445566");
        data.stateText = QCoreApplication::translate("petinfo::client::PaymentListModel", "Refunded");
        data.reversed = true; // the prominent "refunded" notice too
        data.paidAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30));
        data.generatedAt = QDateTime(QDate(2026, 12, 8), QTime(10, 0));
        data.locale = documentLocale();
        auto bytes = receiptPdf(data);
        QVERIFY(bytes);
        check(*bytes, QStringLiteral("receipt"));
    }

    void testAdoptionContract()
    {
        ContractData d;
        d.pet = pet();
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
        d.locale = documentLocale();
        d.organisation = "Refugio Patitas";
        auto bytes = adoptionContractPdf(d);
        QVERIFY(bytes);
        check(*bytes, QStringLiteral("adoption-contract"));
    }
};

QTEST_MAIN(TestDocumentLanguages)
#include "TestDocumentLanguages.moc"
