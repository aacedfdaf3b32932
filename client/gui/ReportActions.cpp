// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportActions.h"

#include "gui/MainWindow.h"
#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "gui/ReportLoader.h"
#include "gui/ReportPreviewDialog.h"
#include "gui/TagPrintDialog.h"
#include "petinfo/report/BatchReport.h"
#include "petinfo/report/QrDecoder.h"
#include "petinfo/report/TagUrl.h"
#include "services/PetService.h"

#ifdef PETINFO_HAVE_CAMERA
#include "gui/ScanDialog.h"
#endif

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <atomic>

namespace petinfo::client {

namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kMaxShownTextChars = 80;

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QKeySequence& shortcut,
                    const QString& themeIcon)
{
    auto* action = new QAction(QIcon::fromTheme(themeIcon), text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    return action;
}

QString elided(const QString& text)
{
    return text.size() > kMaxShownTextChars ? text.left(kMaxShownTextChars - 1) + QChar(0x2026) : text;
}

QString documentsPath(const QString& fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

} // namespace

ReportActions::ReportActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_healthReport(makeAction(this, QStringLiteral("healthReportAction"), tr("&Health Report…"),
                                QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("document-print-preview")))
    , m_printTags(makeAction(this, QStringLiteral("printTagsAction"), tr("Print QR &Tags…"),
                             QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("document-print")))
    , m_batchReports(makeAction(this, QStringLiteral("batchReportsAction"), tr("&Batch Health Reports…"), {}, {}))
    , m_openQrImage(makeAction(this, QStringLiteral("openQrImageAction"), tr("Open Pet from &QR Image…"), {},
                               QStringLiteral("document-open")))
    , m_scanCamera(makeAction(this, QStringLiteral("scanCameraAction"), tr("Scan Tag with &Camera…"), {},
                              QStringLiteral("camera-photo")))
{
    // Short names for the toolbar (the menu keeps the long ones).
    m_healthReport->setIconText(tr("Report"));
    m_printTags->setIconText(tr("Tags"));
    m_healthReport->setToolTip(
        tr("Preview, save or print the selected pet's health report; with several pets selected, save "
           "all their reports in one PDF (Ctrl+R)"));
    m_printTags->setToolTip(tr("Print QR tags for the selected pets, or blank tags (Ctrl+T)"));
    m_batchReports->setToolTip(tr("Save the health reports of all selected pets in one PDF"));
    m_openQrImage->setToolTip(tr("Find the pet of a QR tag in a photo or scan"));
    connect(m_healthReport, &QAction::triggered, this, qOverload<>(&ReportActions::showHealthReport));
    connect(m_printTags, &QAction::triggered, this, &ReportActions::printTags);
    connect(m_batchReports, &QAction::triggered, this, &ReportActions::batchReports);
    connect(m_openQrImage, &QAction::triggered, this, qOverload<>(&ReportActions::openFromQrImage));
    connect(m_scanCamera, &QAction::triggered, this, &ReportActions::scanWithCamera);

    // Follow the selection: a report needs a pet. The window's lists are found by their object names
    // so the window needs no knowledge of these actions beyond creating them.
    for (const char* name : {"petTableView", "dueTableView"}) {
        if (auto* table = m_window.findChild<QTableView*>(QLatin1String(name)); table && table->selectionModel()) {
            connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                    &ReportActions::updateActions);
        }
    }
    if (auto* views = m_window.findChild<QTabWidget*>(QStringLiteral("viewTabWidget"))) {
        connect(views, &QTabWidget::currentChanged, this, &ReportActions::updateActions);
    }
    updateActions();
    // Asking for cameras loads the multimedia backend: done when the menu opens, not at start-up.
    m_scanCamera->setEnabled(hasCameraSupport());
    if (!hasCameraSupport()) {
        m_scanCamera->setText(tr("Scan Tag with Camera (Not Available in This Version)"));
    }
}

ReportActions::~ReportActions() = default;

bool ReportActions::hasCameraSupport()
{
#ifdef PETINFO_HAVE_CAMERA
    return true;
#else
    return false;
#endif
}

void ReportActions::addTo(QMenuBar* menuBar, QToolBar* toolBar)
{
    if (menuBar) {
        auto* menu = new QMenu(tr("&Tags && Reports"), menuBar);
        menu->setObjectName(QStringLiteral("reportsMenu"));
        menu->addAction(m_healthReport);
        menu->addAction(m_batchReports);
        menu->addSeparator();
        menu->addAction(m_printTags);
        menu->addSeparator();
        menu->addAction(m_openQrImage);
        menu->addAction(m_scanCamera);
        connect(menu, &QMenu::aboutToShow, this, &ReportActions::updateCameraAction);
        QAction* before = nullptr;
        if (auto* help = menuBar->findChild<QMenu*>(QStringLiteral("helpMenu"))) {
            before = help->menuAction();
        }
        menuBar->insertMenu(before, menu);
    }
    if (toolBar) {
        toolBar->addSeparator();
        toolBar->addAction(m_healthReport);
        toolBar->addAction(m_printTags);
    }
}

void ReportActions::updateActions()
{
    m_healthReport->setEnabled(!m_window.selectedPetIds().isEmpty());
    m_batchReports->setEnabled(!m_window.selectedPetIds().isEmpty());
}

void ReportActions::updateCameraAction()
{
#ifdef PETINFO_HAVE_CAMERA
    const bool camera = ScanDialog::hasCamera();
    m_scanCamera->setEnabled(camera);
    m_scanCamera->setText(camera ? tr("Scan Tag with &Camera…") : tr("Scan Tag with Camera (No Camera Found)"));
#endif
}

QString ReportActions::petName(const QString& petId) const
{
    auto record = m_window.service().loadPet(petId);
    return record ? QString::fromStdString(record->pet.name) : tr("the selected pet");
}

ReportPreviewDialog* ReportActions::showHealthReport()
{
    // Several pets selected: their reports, all of them, in one PDF (there is no preview of many).
    const QStringList ids = m_window.selectedPetIds();
    if (ids.size() > 1) {
        batchReports();
        return nullptr;
    }
    return showHealthReport(ids.isEmpty() ? m_window.selectedPetId() : ids.front());
}

ReportPreviewDialog* ReportActions::showHealthReport(const QString& petId)
{
    if (petId.isEmpty()) {
        m_window.prompts().information(&m_window, tr("Health Report"), tr("Select a pet in the list first."));
        return nullptr;
    }
    auto data = loadReportData(m_window.service(), petId);
    if (!data) {
        m_window.prompts().error(&m_window, tr("Could not read the pet's records"), describe(data.error()));
        return nullptr;
    }
    auto* dialog = new ReportPreviewDialog(std::move(*data), m_window.prompts(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TagPrintDialog* ReportActions::printTags()
{
    auto* dialog = new TagPrintDialog(m_window.service(), &m_window.adoption(), m_window.prompts(),
                                      m_window.selectedPetIds(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool ReportActions::batchReports()
{
    const QStringList ids = m_window.selectedPetIds();
    if (ids.isEmpty()) {
        m_window.prompts().information(&m_window, tr("Batch Health Reports"),
                                       tr("Select the pets in the list first (Ctrl+click or Shift+click selects "
                                          "several)."));
        return false;
    }
    const QString path = m_window.prompts().saveFile(&m_window, tr("Save Health Reports as PDF"),
                                                     documentsPath(tr("health reports.pdf")), tr("PDF files (*.pdf)"));
    return !path.isEmpty() && writeBatchReports(ids, withPdfSuffix(path));
}

bool ReportActions::writeBatchReports(const QStringList& petIds, const QString& path)
{
    const int count = static_cast<int>(petIds.size());
    std::atomic<bool> cancel{false};
    QString loadError;
    bool ok = false;
    report::ReportOptions options;
    options.pageSize = preferredReportPageSize(); // the paper last chosen in the preview
    const auto outcome = ProgressRunner::call<report::ReportResult<report::BatchOutcome>>(
        &m_window, tr("Writing %n health report(s)…", nullptr, count), [&](const ProgressFn& progress) {
            // The worker asks the GUI thread (where PetService's connection lives) for one pet at a
            // time, so a large selection is never all in memory.
            const report::ReportSource source = [&](int index) {
                report::ReportData data;
                if (!progress(index, count)) {
                    cancel = true;
                    return data;
                }
                QMetaObject::invokeMethod(
                    this,
                    [&] {
                        Q_EMIT batchReportStarted(index, count);
                        auto loaded = loadReportData(m_window.service(), petIds.at(index));
                        if (loaded) {
                            data = std::move(*loaded);
                        } else {
                            loadError = describe(loaded.error());
                            cancel = true;
                        }
                    },
                    Qt::BlockingQueuedConnection);
                return data;
            };
            const report::BatchProgressFn reportDone = [&](int done, int total) {
                if (!progress(done, total)) {
                    cancel = true;
                }
            };
            return report::renderHealthReports(count, source, report::BatchMode::OneFile, path, options, reportDone,
                                               &cancel);
        });
    const bool cancelled = cancel.load();
    if (outcome && (cancelled || !loadError.isEmpty())) {
        // Stopped while the last report was being made, after the library's last check: its stand-in
        // was written, so the file goes.
        QFile::remove(path);
    }
    if (!loadError.isEmpty()) {
        m_window.prompts().error(&m_window, tr("Could not read the pet's records"), loadError);
    } else if (cancelled) {
        // The report library writes atomically: a cancelled batch leaves no file behind.
        m_window.statusBar()->showMessage(tr("Cancelled: no reports were saved."), kStatusMessageMs);
    } else if (!outcome) {
        m_window.prompts().error(&m_window, tr("Could not save the reports"),
                                 tr("%1: %2").arg(QDir::toNativeSeparators(path), report::describe(outcome.error())));
    } else {
        ok = true;
        m_window.statusBar()->showMessage(
            tr("Saved %n health report(s) to %1.", nullptr, outcome->reports).arg(QDir::toNativeSeparators(path)),
            kStatusMessageMs);
    }
    return ok;
}

bool ReportActions::openFromQrImage()
{
    const QString path =
        m_window.prompts().openFile(&m_window, tr("Open Pet from QR Image"),
                                    tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff);;All files (*)"));
    return !path.isEmpty() && openFromQrImage(path);
}

bool ReportActions::openFromQrImage(const QString& path)
{
    // A large photo with a small tag takes the decoder a moment (it tries windows of the image).
    const auto codes = ProgressRunner::call<report::ReportResult<std::vector<report::DecodedQr>>>(
        &m_window, tr("Looking for a QR code…"), [&](const ProgressFn&) { return report::decodeQrCodesFromFile(path); },
        false);
    const QString file = QDir::toNativeSeparators(path);
    if (!codes) {
        if (codes.error().code == report::ReportErrc::NoCodeFound) {
            m_window.prompts().error(&m_window, tr("No QR code found"),
                                     tr("No QR code was found in %1. Use a sharp photo with the whole tag in view, "
                                        "or a scan of the printed sheet.")
                                         .arg(file));
        } else {
            m_window.prompts().error(&m_window, tr("Cannot read the image"),
                                     tr("%1 is not an image Pet Info can read, or it is damaged.").arg(file));
        }
        return false;
    }
    QStringList texts;
    for (const report::DecodedQr& code : *codes) {
        texts << code.text;
    }
    return openScannedTexts(texts, file);
}

bool ReportActions::openScannedTexts(const QStringList& texts, const QString& source)
{
    for (const QString& text : texts) {
        if (auto tag = report::tagIdFromScan(text)) {
            return openTag(QString::fromStdString(*tag));
        }
        if (auto pet = report::petIdFromAdoptionScan(text)) {
            return openAdoptionCard(QString::fromStdString(*pet));
        }
    }
    m_window.prompts().error(
        &m_window, tr("Not a Pet Info tag"),
        tr("The QR code in %1 is not a Pet Info tag. It says: %2").arg(source, elided(texts.value(0))));
    return false;
}

bool ReportActions::openTag(const QString& tagId)
{
    Prompts& prompts = m_window.prompts();
    const QString shortId = report::shortTagId(tagId.toStdString());
    auto owner = m_window.service().findPetByTagId(tagId);
    if (!owner) {
        prompts.error(&m_window, tr("Could not look up the tag"), describe(owner.error()));
        return false;
    }
    if (owner->has_value()) {
        m_window.selectPet(**owner);
        return m_window.editPet(**owner) != nullptr;
    }
    // Nobody's tag yet: a blank tag, printed here or on another device. Offer it to the selected pet.
    const QString petId = m_window.selectedPetId();
    if (petId.isEmpty()) {
        prompts.error(&m_window, tr("Unknown tag"),
                      tr("Tag %1 does not belong to any pet in your records. To give it to a pet, select the pet "
                         "in the list and scan the tag again.")
                          .arg(shortId));
        return false;
    }
    const QString name = petName(petId);
    if (!prompts.confirm(&m_window, tr("Give Tag to Pet"),
                         tr("Tag %1 does not belong to any pet yet. Give it to %2?\n\nA tag %2 had before stops "
                            "opening %2's page.")
                             .arg(shortId, name),
                         tr("Give Tag"))) {
        return false;
    }
    if (auto claimed = m_window.service().claimTag(petId, tagId); !claimed) {
        prompts.error(&m_window, tr("Could not give the tag"), describe(claimed.error()));
        return false;
    }
    m_window.statusBar()->showMessage(tr("Tag %1 now belongs to %2.").arg(shortId, name), kStatusMessageMs);
    return m_window.editPet(petId) != nullptr;
}

bool ReportActions::openAdoptionCard(const QString& petId)
{
    auto record = m_window.service().loadPet(petId);
    if (!record) {
        m_window.prompts().error(&m_window, tr("Unknown animal"),
                                 record.error().code == StorageErrc::NotFound
                                     ? tr("This adoption kennel card is for an animal that is not in your records "
                                          "(it may belong to another organisation, or was deleted).")
                                     : describe(record.error()));
        return false;
    }
    m_window.selectPet(petId);
    return m_window.editPet(petId) != nullptr;
}

QObject* ReportActions::scanWithCamera()
{
#ifdef PETINFO_HAVE_CAMERA
    if (!ScanDialog::hasCamera()) {
        updateCameraAction();
        m_window.prompts().information(&m_window, tr("No camera"),
                                       tr("No camera was found on this computer. Connect one, or open a photo of "
                                          "the tag with Open Pet from QR Image."));
        return nullptr;
    }
    auto* dialog = new ScanDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScanDialog::tagFound, this, &ReportActions::openTag, Qt::QueuedConnection);
    connect(dialog, &ScanDialog::petFound, this, &ReportActions::openAdoptionCard, Qt::QueuedConnection);
    connect(dialog, &ScanDialog::imageRequested, this, qOverload<>(&ReportActions::openFromQrImage),
            Qt::QueuedConnection);
    dialog->open();
    return dialog;
#else
    m_window.prompts().information(&m_window, tr("No camera"),
                                   tr("This version of Pet Info was built without camera support. Open a photo of "
                                      "the tag with Open Pet from QR Image instead."));
    return nullptr;
#endif
}

} // namespace petinfo::client
