// SPDX-License-Identifier: GPL-3.0-or-later
// The app's tags and reports, driven through the main window's actions: the health report preview
// (save and print), the tag dialog with blank tags read back from the saved PDF, opening a pet from
// a photo of its tag (and the errors for images that are not one), the camera scanner's decoding,
// and a cancelled batch that leaves no file.
#include "Screenshots.h"
#include "ScriptedPrompts.h"
#include "ServiceFixture.h"

#include "gui/MainWindow.h"
#include "gui/PdfPreview.h"
#include "gui/PetEditorDialog.h"
#include "gui/ReportActions.h"
#include "gui/ReportLoader.h"
#include "gui/ReportPreviewDialog.h"
#include "gui/TagPrintDialog.h"
#include "gui/Translations.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/QrCode.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagSheet.h"
#include "petinfo/report/TagUrl.h"
#include "settings/Settings.h"

#ifdef PETINFO_HAVE_CAMERA
#include "gui/ScanDialog.h"
#endif

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <set>

using namespace petinfo;
using namespace petinfo::client;

namespace {

const QString kBaseUrl = QStringLiteral("https://petinfo.example.org");
// The tests cannot reach petinfo.example.org: its check says a server answered there.
const TagPrintDialog::AddressCheck kAnswers = [](const QString&) {
    return QString();
};
constexpr int kRenderTimeoutMs = 60000; // Debug build on two cores, with the other tests running

/** The text of a PDF: poppler's pdftotext where installed (what CI has), else Qt PDF's text layer. */
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        if (process.waitForFinished(30000) && process.exitCode() == 0) {
            return QString::fromUtf8(process.readAllStandardOutput());
        }
    }
    QPdfDocument document;
    document.load(path);
    QString text;
    for (int page = 0; page < document.pageCount(); ++page) {
        text += document.getAllText(page).text();
    }
    return text;
}

/** Page `page` of a PDF as the decoder sees it: 300 dpi, on white. */
QImage renderPage(QPdfDocument& document, int page, int dpi = 300)
{
    const QSize size = (document.pagePointSize(page) * dpi / 72.0).toSize();
    return report::flattenOnWhite(document.render(page, size));
}

QStringList decodeAll(const QString& pdfPath)
{
    QPdfDocument document;
    document.load(pdfPath);
    report::DecodeOptions options;
    options.findAll = true;
    QStringList texts;
    for (int page = 0; page < document.pageCount(); ++page) {
        for (const report::DecodedQr& code : report::decodeQrCodes(renderPage(document, page), options)) {
            texts << code.text;
        }
    }
    return texts;
}

/** A pet's tag as a printer would produce it, photographed flat: a PNG of the first page. */
/** A photo of the pet's round tag, or (`adoptionCard`) of its kennel card as an animal up for
 *  adoption, whose code opens its adoption page. */
bool writeTagImage(PetService& service, const QString& petId, const QString& pngPath, bool adoptionCard = false)
{
    auto item = loadTagItem(service, petId);
    if (!item) {
        return false;
    }
    item->adoptionPage = adoptionCard;
    report::TagSheetJob job;
    job.layout = adoptionCard ? report::TagLayout::kennelCard() : report::TagLayout::roundTag30();
    job.items.push_back(std::move(*item));
    job.publicBaseUrl = kBaseUrl;
    auto pdf = report::tagSheetPdf(job);
    if (!pdf) {
        return false;
    }
    QBuffer buffer(&*pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.pageCount() == 1 && renderPage(document, 0, 200).save(pngPath);
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    test::ServiceFixture m_f;
    test::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    ReportActions* actions() const { return m_window->findChild<ReportActions*>(); }

    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        if (!found) {
            qWarning("no action %s", name);
        }
        return found;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString addPetWithRecords(const QString& name)
    {
        const QString id = m_f.addPet(name, {}, QStringLiteral("Ana Díaz"), QStringLiteral("+54 9 11 2345-6789"));
        m_f.addRecord(id, HealthKind::Vaccine, Date{2026, 3, 1}, Date{2027, 3, 1}, QStringLiteral("Rabies"));
        m_f.addRecord(id, HealthKind::Deworming, Date{2026, 9, 1}, Date{2026, 12, 1}, QStringLiteral("Drontal"));
        m_f.addWeight(id, Date{2026, 3, 1}, 11.5);
        m_f.addWeight(id, Date{2026, 9, 1}, 12.25);
        m_f.addNote(id, QStringLiteral("Friendly, a bit shy with cats."));
        return id;
    }

    template <typename T>
    T* openedDialog()
    {
        T* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = m_window->findChild<T*>()) && dialog->isVisible());
        }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Layout, printer offset and address are remembered: keep them out of the user's settings.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PetInfoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestReports"));
        QVERIFY(installTranslations(QLocale(QLocale::English)));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_f.setUp());
        m_prompts.reset();
        m_window = std::make_unique<MainWindow>(m_f.service(), m_f.database().file, m_prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(actions());
    }

    void cleanup() { m_window.reset(); }

    void testMenuSitsBeforeHelp()
    {
        m_f.addPet(QStringLiteral("Rex"));
        m_f.addPet(QStringLiteral("Luna"));
        QStringList menus;
        for (QAction* a : m_window->menuBar()->actions()) {
            menus << a->text();
        }
        const qsizetype reports = menus.indexOf(QStringLiteral("&Tags && Reports"));
        QVERIFY2(reports >= 0 && reports < menus.indexOf(QStringLiteral("&Help")),
                 qPrintable(menus.join(QLatin1Char(','))));
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("reportsMenu"));
        QVERIFY(menu);
        for (const char* name :
             {"healthReportAction", "batchReportsAction", "printTagsAction", "openQrImageAction", "scanCameraAction"}) {
            QVERIFY2(menu->actions().contains(action(name)), name);
        }
        QCOMPARE(action("printTagsAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        m_window->findChild<QTableView*>(QStringLiteral("petTableView"))->selectAll();
        test::snapshot(m_window.get(), QStringLiteral("main-window-reports"));
        menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
        QTRY_VERIFY(menu->isVisible());
        // Opening the menu asks for cameras: none on a test machine.
        QVERIFY(!action("scanCameraAction")->isEnabled() || ReportActions::hasCameraSupport());
        test::snapshot(menu, QStringLiteral("reports-menu"));
        menu->hide();
    }

    void testHealthReportPreviewSavesAndPrints()
    {
        const QString id = addPetWithRecords(QStringLiteral("Zanahoria"));
        QSettings().setValue(QStringLiteral("reports/publicBaseUrl"), kBaseUrl);
        QVERIFY(!action("healthReportAction")->isEnabled()); // nothing selected yet
        QVERIFY(m_window->selectPet(id));
        QVERIFY(action("healthReportAction")->isEnabled());
        // Ctrl+R, as a person would press it in the main window.
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        auto* dialog = openedDialog<ReportPreviewDialog>();
        QVERIFY(dialog);
        QPdfDocument* document = dialog->document();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && document->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        QVERIFY(document->pageCount() >= 1);
        const QString pageText = dialog->findChild<QLabel*>(QStringLiteral("pageLabel"))->text();
        QCOMPARE(pageText, QStringLiteral("Page 1 of %1").arg(document->pageCount()));
        test::snapshot(dialog, QStringLiteral("report-preview"));

        // Zoom: Ctrl++ leaves "fit width" for a fixed zoom; Ctrl+0 goes back.
        auto* view = dialog->findChild<QPdfView*>();
        QApplication::setActiveWindow(dialog);
        QTest::keyClick(dialog, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::Custom);
        QTest::keyClick(dialog, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        // The other paper: rendered again, Letter is 612 x 792 points.
        const QPageSize::PageSizeId other = dialog->pageSize() == QPageSize::A4 ? QPageSize::Letter : QPageSize::A4;
        dialog->setPageSize(other);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && document->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        const QSizeF expected = QPageSize(other).size(QPageSize::Point);
        QVERIFY(std::abs(document->pagePointSize(0).width() - expected.width()) < 1.0);

        // Save as PDF (Ctrl+S): the chosen file gets the report, pet name and all.
        const QString saved = path(QStringLiteral("zanahoria"));
        m_prompts.saveFiles << saved;
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(QFile::exists(saved + QStringLiteral(".pdf"))); // the suffix is added
        QVERIFY(test::readAll(saved + QStringLiteral(".pdf")).startsWith("%PDF"));
        const QString text = pdfText(saved + QStringLiteral(".pdf"));
        QVERIFY2(text.contains(QStringLiteral("Zanahoria")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Rabies")));

        // Printing goes through the same code onto a QPrinter (a PDF printer here).
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path(QStringLiteral("printed.pdf")));
        QVERIFY(dialog->printTo(printer));
        QVERIFY(pdfText(path(QStringLiteral("printed.pdf"))).contains(QStringLiteral("Zanahoria")));
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        dialog->close();
    }

    void testBlankTagsAreStoredAndReadBack()
    {
        QVERIFY(m_window->selectedPetIds().isEmpty());
        action("printTagsAction")->trigger();
        auto* dialog = openedDialog<TagPrintDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->source(), TagPrintDialog::Source::Blank); // no pet selected
        dialog->setBaseUrl(kBaseUrl);
        dialog->setAddressCheck(kAnswers);
        dialog->setLayoutId(QStringLiteral("avery-l7160"));
        dialog->setBlankCount(3);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("offsetXSpinBox"))->setValue(0.5);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->document()->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        QCOMPARE(dialog->document()->pageCount(), 1);
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("3 tags on 1 page."));
        test::snapshot(dialog, QStringLiteral("tag-dialog"));
        // Nothing is stored for a preview.
        QVERIFY(dialog->createdBlankTags().isEmpty());
        QCOMPARE(m_f.service().blankTags()->size(), std::size_t{0});

        const QString saved = path(QStringLiteral("blank.pdf"));
        m_prompts.saveFiles << saved;
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(dialog->createdBlankTags().size(), 3);

        std::set<QString> stored;
        for (const TagRecord& tag : *m_f.service().blankTags()) {
            stored.insert(tag.tagId);
        }
        QCOMPARE(stored.size(), std::size_t{3});
        std::set<QString> expected;
        for (const QString& id : stored) {
            expected.insert(kBaseUrl + QStringLiteral("/t/") + id);
        }
        const QStringList decoded = decodeAll(saved);
        QCOMPARE(decoded.size(), 3);
        QCOMPARE(std::set<QString>(decoded.begin(), decoded.end()), expected);

        // Settings are remembered for the next time.
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<TagPrintDialog*>());
        action("printTagsAction")->trigger();
        auto* again = openedDialog<TagPrintDialog>();
        QVERIFY(again);
        QCOMPARE(again->job().layout.id, QStringLiteral("avery-l7160"));
        QCOMPARE(again->job().calibration.offsetXMm, 0.5);
        QCOMPARE(again->job().publicBaseUrl, kBaseUrl);
        again->close();
    }

    void testTagsForSelectedPets()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString luna = m_f.addPet(QStringLiteral("Luna"));
        QSettings().setValue(QStringLiteral("reports/publicBaseUrl"), kBaseUrl);
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("petTableView"));
        table->selectAll();
        QCOMPARE(m_window->selectedPetIds().size(), 2);
        action("printTagsAction")->trigger();
        auto* dialog = openedDialog<TagPrintDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->source(), TagPrintDialog::Source::Pets);
        dialog->setAddressCheck(kAnswers);
        dialog->setLayoutId(QStringLiteral("round-30"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->document()->status() == QPdfDocument::Status::Ready,
                                 kRenderTimeoutMs);
        test::snapshot(dialog, QStringLiteral("tag-dialog-pets"));
        const QString saved = path(QStringLiteral("pets.pdf"));
        QVERIFY(dialog->saveTo(saved));
        std::set<QString> expected;
        for (const QString& id : {rex, luna}) {
            expected.insert(kBaseUrl + QStringLiteral("/t/") +
                            QString::fromStdString(m_f.service().loadPet(id)->pet.tagId));
        }
        const QStringList decoded = decodeAll(saved);
        QCOMPARE(std::set<QString>(decoded.begin(), decoded.end()), expected);
        QVERIFY(pdfText(saved).contains(QStringLiteral("Luna")));
        QCOMPARE(m_f.service().blankTags()->size(), std::size_t{0}); // pets' own tags: nothing new stored
        dialog->close();
    }

    void testTagsRefuseAnAddressNoPhoneCanOpen_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("loopback") << "http://127.0.0.1:8080";
        QTest::newRow("localhost") << "http://localhost:8080";
        QTest::newRow("home network") << "http://192.168.1.20:8080";
        QTest::newRow("office network") << "https://10.0.0.5";
        QTest::newRow("local name") << "http://clinic-server.local";
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080";
    }

    void testTagsRefuseAnAddressNoPhoneCanOpen()
    {
        QFETCH(QString, address);
        m_f.addPet(QStringLiteral("Rex"));
        action("printTagsAction")->trigger();
        auto* dialog = openedDialog<TagPrintDialog>();
        QVERIFY(dialog);
        dialog->setAddressCheck(kAnswers);
        dialog->setBaseUrl(address);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("baseUrlErrorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("this computer or a private network")),
                 qPrintable(error->text()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
        test::snapshot(dialog, QStringLiteral("tag-dialog-loopback"));
        QVERIFY(!dialog->saveTo(path(QStringLiteral("local.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("local.pdf"))));
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors.front().contains(QStringLiteral("cannot open")),
                 qPrintable(m_prompts.errors.front()));
        m_prompts.errors.clear();
        dialog->close();
    }

    void testTagsRefuseAnAddressWhereNoServerAnswers()
    {
        m_f.addPet(QStringLiteral("Rex"));
        action("printTagsAction")->trigger();
        auto* dialog = openedDialog<TagPrintDialog>();
        QVERIFY(dialog);
        // The real check: ".invalid" never resolves (RFC 2606), so no server can answer.
        dialog->setBaseUrl(QStringLiteral("https://petinfo.invalid"));
        QVERIFY(!dialog->saveTo(path(QStringLiteral("nowhere.pdf"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.pdf"))));
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors.front().contains(QStringLiteral("No server answers at https://petinfo.invalid")),
                 qPrintable(m_prompts.errors.front()));
        m_prompts.errors.clear();
        dialog->close();
    }

    void testTheReportCarriesTheQrOnlyForAPublicAddress()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        Settings::instance().setValue(Settings::Key::PublicBaseUrl, QString());
        Settings::instance().setValue(Settings::Key::ServerPublicUrl, QStringLiteral("http://127.0.0.1:8080"));
        auto local = loadReportData(m_f.service(), rex);
        QVERIFY(local);
        QVERIFY(local->publicBaseUrl.isEmpty()); // a code leading nowhere is left out
        Settings::instance().setValue(Settings::Key::ServerPublicUrl, QStringLiteral("https://pets.example.org/"));
        auto fromServer = loadReportData(m_f.service(), rex);
        QCOMPARE(fromServer->publicBaseUrl, QStringLiteral("https://pets.example.org"));
        Settings::instance().setValue(Settings::Key::PublicBaseUrl, kBaseUrl); // Preferences win
        QCOMPARE(loadReportData(m_f.service(), rex)->publicBaseUrl, kBaseUrl);
        Settings::instance().setValue(Settings::Key::ServerPublicUrl, QString());
    }

    void testScanningAnImageOpensThePet()
    {
        m_f.addPet(QStringLiteral("Luna"));
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString png = path(QStringLiteral("rex-tag.png"));
        QVERIFY(writeTagImage(m_f.service(), rex, png));
        m_prompts.openFiles << png;
        action("openQrImageAction")->trigger();
        auto* editor = openedDialog<PetEditorDialog>();
        QVERIFY(editor);
        QCOMPARE(editor->petId(), rex);
        QCOMPARE(m_window->selectedPetId(), rex);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        editor->reject();
    }

    void testScanningAnAdoptionCardOpensTheAnimal()
    {
        m_f.addPet(QStringLiteral("Luna"));
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString png = path(QStringLiteral("rex-card.png"));
        QVERIFY(writeTagImage(m_f.service(), rex, png, true));
        QCOMPARE(report::decodeQrCodesFromFile(png)->front().text, kBaseUrl + QStringLiteral("/adopt/pet/") + rex);
        m_prompts.openFiles << png;
        action("openQrImageAction")->trigger();
        auto* editor = openedDialog<PetEditorDialog>();
        QVERIFY(editor);
        QCOMPARE(editor->petId(), rex);
        QCOMPARE(m_window->selectedPetId(), rex);
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        editor->reject();
#ifdef PETINFO_HAVE_CAMERA
        ScanDialog dialog(m_window.get());
        QSignalSpy tags(&dialog, &ScanDialog::tagFound);
        QSignalSpy pets(&dialog, &ScanDialog::petFound);
        dialog.decodeImage(QImage(png));
        QTRY_COMPARE_WITH_TIMEOUT(pets.size(), 1, kRenderTimeoutMs);
        QCOMPARE(pets[0][0].toString(), rex);
        QCOMPARE(tags.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
#endif
        // An animal of another organisation (or deleted): said so, nothing opens.
        QVERIFY(!actions()->openAdoptionCard(QString::fromStdString(newUuid())));
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY2(m_prompts.errors[0].startsWith(QStringLiteral("Unknown animal")), qPrintable(m_prompts.errors[0]));
    }

    void testImagesThatAreNotTagsAreExplained()
    {
        m_f.addPet(QStringLiteral("Rex"));
        // No QR code at all.
        QImage plain(600, 400, QImage::Format_RGB32);
        plain.fill(Qt::white);
        {
            QPainter p(&plain);
            p.drawText(plain.rect(), Qt::AlignCenter, QStringLiteral("Rex"));
        }
        const QString noCode = path(QStringLiteral("no-code.png"));
        QVERIFY(plain.save(noCode));
        // A QR code, but not one of ours.
        auto qr = report::QrCode::encode(QStringLiteral("https://example.com/menu"));
        QVERIFY(qr);
        QImage other(400, 400, QImage::Format_RGB32);
        other.fill(Qt::white);
        {
            QPainter p(&other);
            qr->paint(p, QRectF(0, 0, 400, 400));
        }
        const QString foreign = path(QStringLiteral("menu.png"));
        QVERIFY(other.save(foreign));
        // Not an image.
        const QString text = path(QStringLiteral("notes.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();

        QVERIFY(!actions()->openFromQrImage(noCode));
        QVERIFY(!actions()->openFromQrImage(foreign));
        QVERIFY(!actions()->openFromQrImage(text));
        QCOMPARE(m_prompts.errors.size(), 3);
        QVERIFY2(m_prompts.errors[0].startsWith(QStringLiteral("No QR code found")), qPrintable(m_prompts.errors[0]));
        QVERIFY2(m_prompts.errors[1].startsWith(QStringLiteral("Not a Pet Info tag")) &&
                     m_prompts.errors[1].contains(QStringLiteral("https://example.com/menu")),
                 qPrintable(m_prompts.errors[1]));
        QVERIFY2(m_prompts.errors[2].startsWith(QStringLiteral("Cannot read the image")),
                 qPrintable(m_prompts.errors[2]));
        QVERIFY(!m_window->findChild<PetEditorDialog*>());
    }

    void testUnknownTagCanBeGivenToTheSelectedPet()
    {
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        auto blank = m_f.service().createBlankTags(1);
        QVERIFY(blank);
        const QString tagId = blank->front();

        // Nobody selected: an error that says how to claim it.
        QVERIFY(!actions()->openTag(tagId));
        QCOMPARE(m_prompts.errors.size(), 1);
        QVERIFY(m_prompts.errors[0].startsWith(QStringLiteral("Unknown tag")));

        // Rex selected, the user agrees: the tag is Rex's and Rex opens.
        m_prompts.reset();
        QVERIFY(m_window->selectPet(rex));
        m_prompts.confirms << true;
        QVERIFY2(actions()->openTag(tagId), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_prompts.questions.size(), 1);
        QVERIFY(m_prompts.questions[0].contains(QStringLiteral("Rex")));
        QCOMPARE(m_f.service().findPetByTagId(tagId)->value_or(QString()), rex);
        auto* editor = openedDialog<PetEditorDialog>();
        QVERIFY(editor);
        QCOMPARE(editor->petId(), rex);
        editor->reject();
        QVERIFY(m_prompts.errors.isEmpty());
    }

    void testCameraScannerDecodesFrames()
    {
#ifdef PETINFO_HAVE_CAMERA
        const QString rex = m_f.addPet(QStringLiteral("Rex"));
        const QString png = path(QStringLiteral("rex-tag.png"));
        QVERIFY(writeTagImage(m_f.service(), rex, png));
        ScanDialog dialog(m_window.get());
        QSignalSpy found(&dialog, &ScanDialog::tagFound);
        dialog.show();
        if (!ScanDialog::hasCamera()) {
            QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("viewfinderPlaceholderLabel"))->text(),
                     QStringLiteral("No camera was found."));
        }
        test::snapshot(&dialog, QStringLiteral("scan-dialog"));
        dialog.decodeImage(QImage(png));
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, kRenderTimeoutMs);
        QCOMPARE(found[0][0].toString(), QString::fromStdString(m_f.service().loadPet(rex)->pet.tagId));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
#else
        QSKIP("built without Qt Multimedia");
#endif
    }

    void testCameraActionSaysWhenThereIsNoCamera()
    {
#ifdef PETINFO_HAVE_CAMERA
        if (ScanDialog::hasCamera()) {
            QSKIP("this machine has a camera");
        }
#endif
        QVERIFY(!actions()->scanWithCamera());
        QCOMPARE(m_prompts.informations.size(), 1);
        QVERIFY(m_prompts.informations[0].startsWith(QStringLiteral("No camera")));
    }

    void testCancelledBatchLeavesNoFile()
    {
        for (const char* name : {"Rex", "Luna", "Zanahoria"}) {
            addPetWithRecords(QString::fromLatin1(name));
        }
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("petTableView"));
        table->selectAll();
        QCOMPARE(m_window->selectedPetIds().size(), 3);
        QVERIFY(action("batchReportsAction")->isEnabled());

        // Cancel while the second report is being prepared, as a person pressing Cancel would.
        auto connection = connect(actions(), &ReportActions::batchReportStarted, this, [this](int index, int) {
            if (index == 1) {
                auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("progressDialog"));
                QVERIFY(progress);
                Q_EMIT progress->canceled();
            }
        });
        QTemporaryDir dir;
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
        m_prompts.saveFiles << cancelled;
        action("batchReportsAction")->trigger();
        disconnect(connection);
        QVERIFY(!QFile::exists(cancelled));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary file either
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Cancelled")));

        // Not cancelled: one file with every pet.
        const QString all = dir.filePath(QStringLiteral("all.pdf"));
        m_prompts.saveFiles << all;
        action("batchReportsAction")->trigger();
        QVERIFY(QFile::exists(all));
        const QString text = pdfText(all);
        for (const char* name : {"Rex", "Luna", "Zanahoria"}) {
            QVERIFY2(text.contains(QString::fromLatin1(name)), name);
        }
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testReportKeyTakesTheWholeSelection()
    {
        for (const char* name : {"Rex", "Luna", "Zanahoria"}) {
            addPetWithRecords(QString::fromLatin1(name));
        }
        auto* table = m_window->findChild<QTableView*>(QStringLiteral("petTableView"));
        table->selectAll();
        QCOMPARE(m_window->selectedPetIds().size(), 3);
        // Ctrl+R with three pets selected: their three reports in one PDF, not the current pet's preview.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("selection.pdf"));
        m_prompts.saveFiles << saved;
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!m_window->findChild<ReportPreviewDialog*>());
        QVERIFY(QFile::exists(saved));
        const QString text = pdfText(saved);
        for (const char* name : {"Rex", "Luna", "Zanahoria"}) {
            QVERIFY2(text.contains(QString::fromLatin1(name)), name);
        }
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));
    }

    void testLargeTagSheetCanBeCancelled()
    {
        action("printTagsAction")->trigger();
        auto* dialog = openedDialog<TagPrintDialog>();
        QVERIFY(dialog);
        dialog->setBaseUrl(kBaseUrl);
        dialog->setAddressCheck(kAnswers);
        dialog->setLayoutId(QStringLiteral("avery-l7160"));
        dialog->setBlankCount(800); // dozens of sheets

        // Cancel as soon as the progress dialog exists, as a person pressing Cancel would.
        int cancels = 0;
        QTimer cancelSoon;
        cancelSoon.setInterval(10);
        connect(&cancelSoon, &QTimer::timeout, this, [&] {
            if (auto* progress = dialog->findChild<QProgressDialog*>(QStringLiteral("progressDialog"))) {
                QVERIFY(progress->findChild<QPushButton*>()); // it has a Cancel button
                Q_EMIT progress->canceled();
                ++cancels;
                cancelSoon.stop();
            }
        });
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("tags.pdf"));
        cancelSoon.start();
        QVERIFY(!dialog->saveTo(saved));
        QCOMPARE(cancels, 1);
        QVERIFY(!QFile::exists(saved));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary file
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));

        // Printing stops too, and a print to a file leaves nothing half-written.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(printed);
        cancelSoon.start();
        QVERIFY(!dialog->printTo(printer));
        QCOMPARE(cancels, 2);
        QVERIFY(!QFile::exists(printed));
        QVERIFY2(m_prompts.errors.isEmpty(), qPrintable(m_prompts.errors.join(QLatin1Char('\n'))));

        // Not cancelled, the same sheet is saved whole.
        QVERIFY(dialog->saveTo(saved));
        QPdfDocument document;
        document.load(saved);
        QCOMPARE(document.pageCount(), report::tagPageCount(dialog->job()));
        QVERIFY(document.pageCount() > 30);
        dialog->close();
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
