// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/TagPrintDialog.h"

#include "gui/Palette.h"
#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "gui/ReportLoader.h"
#include "petinfo/common/Random.h"
#include "petinfo/report/TagUrl.h"
#include "services/AdoptionService.h"
#include "services/PetService.h"

#include "models/PhoneText.h"
#include "settings/Settings.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace petinfo::client {

namespace {

constexpr int kMaxBlankTags = 10000; // PetService::createBlankTags takes at most this many at once
constexpr int kPreviewPages = 3;     // a preview of 10,000 tags would take long, and nobody scrolls that far
constexpr int kDebounceMs = 250;
constexpr double kMaxOffsetMm = 10.0;

const char* const kLayoutKey = "tags/layout";
const char* const kOffsetXKey = "tags/offsetXMm";
const char* const kOffsetYKey = "tags/offsetYMm";
const char* const kBlankCountKey = "tags/blankCount";

QLabel* hintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QDoubleSpinBox* offsetSpinBox(const QString& objectName, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(-kMaxOffsetMm, kMaxOffsetMm);
    spin->setDecimals(1);
    spin->setSingleStep(0.1);
    spin->setSuffix(TagPrintDialog::tr(" mm"));
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

} // namespace

TagPrintDialog::TagPrintDialog(PetService& service, AdoptionService* adoption, Prompts& prompts,
                               const QStringList& petIds, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_petsRadio(new QRadioButton(this))
    , m_blankRadio(new QRadioButton(tr("&New blank tags:"), this))
    , m_blankCount(new QSpinBox(this))
    , m_layout(new QComboBox(this))
    , m_skip(new QSpinBox(this))
    , m_adoptionCodes(new QCheckBox(tr("Link adoptable animals to their &adoption page"), this))
    , m_offsetX(offsetSpinBox(QStringLiteral("offsetXSpinBox"), this))
    , m_offsetY(offsetSpinBox(QStringLiteral("offsetYSpinBox"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlError(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_preview(new PdfPreview(this))
    , m_saveButton(nullptr)
    , m_printButton(nullptr)
    , m_debounce(new QTimer(this))
    , m_watcher(new QFutureWatcher<RenderedPdf>(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("tagPrintDialog"));
    setWindowTitle(tr("Print QR Tags"));
    setSizeGripEnabled(true);
    loadPets(petIds, adoption);

    m_petsRadio->setObjectName(QStringLiteral("petsRadioButton"));
    m_petsRadio->setText(petIds.isEmpty() ? tr("For selected pets (none selected)")
                                          : tr("For the %n selected pet(s)", nullptr, static_cast<int>(petIds.size())));
    m_petsRadio->setEnabled(!m_petItems.empty());
    m_blankRadio->setObjectName(QStringLiteral("blankRadioButton"));
    m_blankCount->setObjectName(QStringLiteral("blankCountSpinBox"));
    m_blankCount->setRange(1, kMaxBlankTags);
    m_blankCount->setAccessibleName(tr("Number of blank tags"));
    for (const report::TagLayout& layout : report::TagLayout::builtIn()) {
        m_layout->addItem(layout.displayName(), layout.id);
    }
    m_layout->setObjectName(QStringLiteral("layoutComboBox"));
    m_skip->setObjectName(QStringLiteral("skipSpinBox"));
    m_skip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_skip->setToolTip(tr("Labels already peeled off the first sheet: printing starts after them."));
    m_adoptionCodes->setObjectName(QStringLiteral("adoptionCodesCheckBox"));
    m_adoptionCodes->setChecked(true);
    m_adoptionCodes->setToolTip(tr("On kennel cards only. The card says \"Scan to adopt me\"; a visitor's phone "
                                   "opens the animal's page on your public adoption page, with the application "
                                   "form. Other cards and tags open the pet's tag page."));
    m_adoptionCodes->setVisible(!m_adoptablePets.isEmpty());
    m_offsetX->setToolTip(tr("Moves everything printed to the right (negative: to the left)."));
    m_offsetY->setToolTip(tr("Moves everything printed down (negative: up)."));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://petinfo.example.org"));
    m_baseUrlError->setObjectName(QStringLiteral("baseUrlErrorLabel"));
    m_baseUrlError->setWordWrap(true);
    QPalette errorPalette = m_baseUrlError->palette();
    errorPalette.setColor(QPalette::WindowText, palette::errorText(errorPalette));
    m_baseUrlError->setPalette(errorPalette);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    auto* tags = new QGroupBox(tr("Tags"), this);
    auto* blankRow = new QHBoxLayout;
    blankRow->addWidget(m_blankRadio);
    blankRow->addWidget(m_blankCount);
    blankRow->addStretch(1);
    auto* tagsLayout = new QVBoxLayout(tags);
    tagsLayout->addWidget(m_petsRadio);
    tagsLayout->addLayout(blankRow);
    tagsLayout->addWidget(hintLabel(tr("Blank tags are stored when you save or print them, so each printed tag "
                                       "can later be given to a pet by scanning it."),
                                    tags));

    auto* sheet = new QGroupBox(tr("Layout"), this);
    auto* sheetForm = new QFormLayout(sheet);
    // The layout names are long ("Avery L7160 (A4, 21 labels)"): the combo gets the full width.
    auto* layoutLabel = new QLabel(tr("&Tag or label sheet:"), sheet);
    layoutLabel->setBuddy(m_layout);
    sheetForm->addRow(layoutLabel);
    sheetForm->addRow(m_layout);
    sheetForm->addRow(tr("&Labels already used:"), m_skip);
    sheetForm->addRow(m_adoptionCodes);

    auto* calibration = new QGroupBox(tr("Printer offset"), this);
    auto* calibrationForm = new QFormLayout(calibration);
    calibrationForm->addRow(tr("&Right:"), m_offsetX);
    calibrationForm->addRow(tr("&Down:"), m_offsetY);
    calibrationForm->addRow(hintLabel(tr("If a test sheet prints off the labels, measure by how much and enter it "
                                         "here. Remembered for next time."),
                                      calibration));

    auto* address = new QGroupBox(tr("Public page"), this);
    auto* addressLayout = new QVBoxLayout(address);
    addressLayout->addWidget(m_baseUrl);
    addressLayout->addWidget(m_baseUrlError);
    addressLayout->addWidget(hintLabel(tr("Each QR code opens this address followed by /t/ and the tag id: the "
                                          "pet's public page on your Pet Info server."),
                                       address));

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(tags);
    sideLayout->addWidget(sheet);
    sideLayout->addWidget(calibration);
    sideLayout->addWidget(address);
    sideLayout->addWidget(m_summary);
    sideLayout->addStretch(1);
    // Wide enough for every option's text in the language in use (radio buttons do not wrap).
    side->setFixedWidth(std::max(fontMetrics().averageCharWidth() * 48, side->minimumSizeHint().width()));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Save the tags as a PDF file (Ctrl+S)"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print the tags (Ctrl+P)"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &TagPrintDialog::saveAs);
    connect(m_printButton, &QPushButton::clicked, this, &TagPrintDialog::print);
    // Ctrl+S and Ctrl+P as actions: a button's own shortcut would replace its Alt mnemonic.
    for (auto [button, key] :
         {std::pair{m_saveButton, QKeySequence::Save}, std::pair{m_printButton, QKeySequence::Print}}) {
        auto* shortcut = new QAction(this);
        shortcut->setShortcut(key);
        connect(shortcut, &QAction::triggered, button, &QPushButton::animateClick);
        addAction(shortcut);
    }

    auto* body = new QHBoxLayout;
    body->addWidget(side);
    body->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    // Sheets are about where the labels sit: whole pages.
    m_preview->fitPage();
    restoreSettings();
    (m_petsRadio->isEnabled() ? m_petsRadio : m_blankRadio)->setChecked(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TagPrintDialog::renderPreview);
    connect(m_watcher, &QFutureWatcher<RenderedPdf>::finished, this, &TagPrintDialog::rendered);
    connect(m_petsRadio, &QRadioButton::toggled, this, &TagPrintDialog::settingsChanged);
    connect(m_blankCount, &QSpinBox::valueChanged, this, [this] {
        m_blankRadio->setChecked(true);
        settingsChanged();
    });
    connect(m_layout, &QComboBox::currentIndexChanged, this, &TagPrintDialog::settingsChanged);
    connect(m_skip, &QSpinBox::valueChanged, this, &TagPrintDialog::settingsChanged);
    connect(m_adoptionCodes, &QCheckBox::toggled, this, &TagPrintDialog::settingsChanged);
    connect(m_offsetX, &QDoubleSpinBox::valueChanged, this, &TagPrintDialog::settingsChanged);
    connect(m_offsetY, &QDoubleSpinBox::valueChanged, this, &TagPrintDialog::settingsChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &TagPrintDialog::settingsChanged);

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 130, fm.height() * 46);
    updateState();
    renderPreview();
}

TagPrintDialog::~TagPrintDialog()
{
    // A preview still rendering stops at the next label; its result is dropped.
    m_cancel->store(true);
}

void TagPrintDialog::reject()
{
    // Saving and printing run in a local event loop with this dialog as the progress dialog's parent.
    if (!m_working) {
        QDialog::reject();
    }
}

bool TagPrintDialog::isBusy() const
{
    return m_debounce->isActive() || m_watcher->isRunning() || m_preview->isBusy();
}

void TagPrintDialog::loadPets(const QStringList& petIds, AdoptionService* adoption)
{
    for (const QString& id : petIds) {
        auto item = loadTagItem(m_service, id);
        if (!item || !isTagId(item->tagId)) {
            ++m_petsWithoutTag;
            continue;
        }
        m_petItems.push_back(std::move(*item));
        // Only adoptable: the server shows no page for a reserved or adopted animal, and a card
        // that says "Scan to adopt me" must not open "no longer up for adoption".
        if (adoption) {
            auto profile = adoption->profile(id);
            if (profile && *profile && (*profile)->status == AdoptionStatus::Adoptable) {
                m_adoptablePets.insert(id);
            }
        }
    }
}

void TagPrintDialog::restoreSettings()
{
    const QSettings settings;
    const int layout = m_layout->findData(settings.value(QLatin1String(kLayoutKey)).toString());
    m_layout->setCurrentIndex(std::max(layout, 0));
    m_offsetX->setValue(settings.value(QLatin1String(kOffsetXKey), 0.0).toDouble());
    m_offsetY->setValue(settings.value(QLatin1String(kOffsetYKey), 0.0).toDouble());
    m_blankCount->setValue(settings.value(QLatin1String(kBlankCountKey), 10).toInt());
    m_baseUrl->setText(savedPublicBaseUrl());
}

void TagPrintDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kLayoutKey), m_layout->currentData().toString());
    settings.setValue(QLatin1String(kOffsetXKey), m_offsetX->value());
    settings.setValue(QLatin1String(kOffsetYKey), m_offsetY->value());
    settings.setValue(QLatin1String(kBlankCountKey), m_blankCount->value());
}

TagPrintDialog::Source TagPrintDialog::source() const
{
    return m_petsRadio->isChecked() ? Source::Pets : Source::Blank;
}

void TagPrintDialog::setSource(Source source)
{
    (source == Source::Pets && m_petsRadio->isEnabled() ? m_petsRadio : m_blankRadio)->setChecked(true);
}

void TagPrintDialog::setBlankCount(int count)
{
    m_blankCount->setValue(count);
}

void TagPrintDialog::setLayoutId(const QString& id)
{
    const int index = m_layout->findData(id);
    if (index >= 0) {
        m_layout->setCurrentIndex(index);
    }
}

void TagPrintDialog::setBaseUrl(const QString& url)
{
    m_baseUrl->setText(url);
}

void TagPrintDialog::setAdoptionPageCodes(bool on)
{
    m_adoptionCodes->setChecked(on);
}

report::TagLayout TagPrintDialog::currentLayout() const
{
    return report::TagLayout::byId(m_layout->currentData().toString()).value_or(report::TagLayout::averyL7160());
}

std::vector<report::TagItem> TagPrintDialog::blankItems() const
{
    // Stored ids first; stand-ins for the rest until they are stored too.
    const auto count = static_cast<std::size_t>(m_blankCount->value());
    std::vector<report::TagItem> items;
    items.reserve(count);
    for (const QString& id : m_createdIds) {
        if (items.size() == count) {
            break;
        }
        items.push_back(report::TagItem{id.toStdString(), std::nullopt, {}});
    }
    for (std::size_t i = 0; items.size() < count && i < m_standInBlanks.size(); ++i) {
        items.push_back(m_standInBlanks[i]);
    }
    return items;
}

report::TagSheetJob TagPrintDialog::job() const
{
    report::TagSheetJob job;
    job.layout = currentLayout();
    job.items = source() == Source::Pets ? m_petItems : blankItems();
    for (report::TagItem& item : job.items) {
        item.adoptionPage =
            item.pet && m_adoptionCodes->isChecked() && m_adoptablePets.contains(QString::fromStdString(item.pet->id));
    }
    job.publicBaseUrl = m_baseUrl->text().trimmed();
    job.calibration = report::PrinterCalibration{m_offsetX->value(), m_offsetY->value()};
    job.skipLabels = m_skip->isEnabled() ? m_skip->value() : 0;
    job.today = m_service.clock().today();
    job.locale = QLocale();
    const Settings& settings = Settings::instance();
    job.organisation = settings.text(Settings::Key::ClinicName);
    job.organisationPhone = phoneForDisplay(settings.text(Settings::Key::ClinicPhone));
    return job;
}

void TagPrintDialog::settingsChanged()
{
    saveSettings();
    updateState();
    m_debounce->start();
}

void TagPrintDialog::updateState()
{
    const auto wanted = static_cast<std::size_t>(m_blankCount->value());
    if (m_standInBlanks.size() < wanted) {
        auto more = report::blankTags(static_cast<int>(wanted - m_standInBlanks.size()));
        m_standInBlanks.insert(m_standInBlanks.end(), more.begin(), more.end());
    }
    const report::TagLayout layout = currentLayout();
    const int perPage = layout.sheet.labelsPerPage();
    m_skip->setRange(0, std::max(0, perPage - 1));
    m_skip->setEnabled(perPage > 1);
    m_adoptionCodes->setEnabled(layout.style == report::TagStyle::KennelCard && source() == Source::Pets);

    const QString base = m_baseUrl->text().trimmed();
    const auto printable = report::printableBaseUrl(base);
    const bool validBase = printable.hasValue();
    if (base.isEmpty()) {
        m_baseUrlError->setText(tr("Enter the public address of your Pet Info server (also in Preferences)."));
    } else if (!validBase && printable.error().code == report::ReportErrc::LocalBaseUrl) {
        m_baseUrlError->setText(tr("This is this computer or a private network: a finder's phone cannot open it."));
    } else {
        m_baseUrlError->setText(tr("This is not a valid web address (https://…)."));
    }
    m_baseUrlError->setVisible(!validBase);

    const report::TagSheetJob current = job();
    const int items = static_cast<int>(current.items.size());
    const int pages = report::tagPageCount(current);
    QStringList summary;
    summary << tr("%1 on %2.").arg(tr("%n tag(s)", nullptr, items), tr("%n page(s)", nullptr, pages));
    const auto adoptionCards = std::count_if(current.items.begin(), current.items.end(), [&](const auto& item) {
        return report::printsAdoptionPage(current, item);
    });
    if (adoptionCards > 0) {
        summary << tr("%n card(s) open the animal's adoption page.", nullptr, static_cast<int>(adoptionCards));
    }
    if (source() == Source::Pets && m_petsWithoutTag > 0) {
        summary << tr("%n selected pet(s) without a tag left out.", nullptr, m_petsWithoutTag);
    }
    if (pages > kPreviewPages) {
        summary << tr("The preview shows the first %n page(s).", nullptr, kPreviewPages);
    }
    m_summary->setText(summary.join(QLatin1Char(' ')));
    m_saveButton->setEnabled(validBase && items > 0);
    m_printButton->setEnabled(validBase && items > 0);
}

void TagPrintDialog::renderPreview()
{
    if (m_watcher->isRunning()) {
        m_cancel->store(true);
        m_renderAgain = true;
        return;
    }
    report::TagSheetJob job = this->job();
    if (auto printable = report::printableBaseUrl(job.publicBaseUrl); !printable) {
        m_preview->showMessage(printable.error().code == report::ReportErrc::LocalBaseUrl
                                   ? report::describe(printable.error())
                                   : tr("Enter the public address of your Pet Info server to see the tags."));
        Q_EMIT previewReady(false);
        return;
    }
    if (job.items.empty()) {
        m_preview->showMessage(tr("There are no tags to print."));
        Q_EMIT previewReady(false);
        return;
    }
    const auto maxItems = static_cast<std::size_t>(job.layout.sheet.labelsPerPage() * kPreviewPages - job.skipLabels);
    if (job.items.size() > maxItems) {
        job.items.resize(maxItems);
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_preview->showBusy(tr("Drawing the tags…"));
    m_watcher->setFuture(QtConcurrent::run([job = std::move(job), cancel = m_cancel] {
        return RenderedPdf::from(report::tagSheetPdf(job, cancel.get()));
    }));
}

void TagPrintDialog::rendered()
{
    if (m_renderAgain) {
        m_renderAgain = false;
        renderPreview();
        return;
    }
    const bool ok = m_preview->showRendered(m_watcher->result(), tr("The tags could not be drawn. %1"));
    Q_EMIT previewReady(ok);
}

std::optional<report::TagSheetJob> TagPrintDialog::outputJob()
{
    report::TagSheetJob job = this->job();
    if (auto base = report::printableBaseUrl(job.publicBaseUrl); !base) {
        m_prompts.error(this, tr("Cannot print the tags"), report::describe(base.error()));
        return std::nullopt;
    }
    if (const QString problem = m_checkAddress(job.publicBaseUrl); !problem.isEmpty()) {
        m_prompts.error(this, tr("Cannot print the tags"),
                        tr("No server answers at %1, so a scanned tag would open nothing. Check the address "
                           "(Edit > Preferences) and the network, then try again.\n\n%2")
                            .arg(job.publicBaseUrl, problem));
        return std::nullopt;
    }
    if (source() == Source::Blank) {
        // Stored (and synced) before printing, so every printed tag can be claimed.
        const auto missing = static_cast<int>(m_blankCount->value() - m_createdIds.size());
        if (missing > 0) {
            auto ids = m_service.createBlankTags(missing);
            if (!ids) {
                m_prompts.error(this, tr("Could not create the blank tags"), describe(ids.error()));
                return std::nullopt;
            }
            for (const QString& id : *ids) {
                m_createdIds << id;
            }
            // The preview shows the stored ids from now on.
            updateState();
            m_debounce->start();
        }
        job.items = blankItems();
    }
    if (job.items.empty()) {
        m_prompts.error(this, tr("Cannot print the tags"),
                        report::describe(report::ReportError{report::ReportErrc::EmptyJob, {}}));
        return std::nullopt;
    }
    savePublicBaseUrl(job.publicBaseUrl);
    return job;
}

bool TagPrintDialog::saveAs()
{
    const QString name = source() == Source::Blank ? tr("blank tags.pdf") : tr("pet tags.pdf");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = m_prompts.saveFile(this, tr("Save Tags as PDF"), suggested, tr("PDF files (*.pdf)"));
    return !path.isEmpty() && saveTo(withPdfSuffix(path));
}

bool TagPrintDialog::saveTo(const QString& path)
{
    const auto job = outputJob();
    if (!job) {
        return false;
    }
    const QScopedValueRollback working(m_working, true);
    std::atomic<bool> cancel{false};
    auto pages =
        ProgressRunner::call<report::ReportResult<int>>(this, tr("Saving the tags…"), [&](const ProgressFn& progress) {
            return report::writeTagSheetPdf(*job, path, &cancel, [&](int done, int total) {
                if (!progress(done, total)) {
                    cancel = true;
                }
            });
        });
    if (!pages) {
        if (pages.error().code == report::ReportErrc::Cancelled) {
            return false; // the file is written atomically: nothing was left behind
        }
        m_prompts.error(this, tr("Could not save the tags"),
                        tr("%1: %2").arg(QDir::toNativeSeparators(path), report::describe(pages.error())));
        return false;
    }
    return true;
}

void TagPrintDialog::print()
{
    const report::TagLayout layout = currentLayout();
    const QSizeF size = layout.sheet.pageSizeMm;
    const bool landscape = size.width() > size.height();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        QPageSize(landscape ? size.transposed() : size, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch));
    printer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(tr("QR tags"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print QR Tags"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printTo(printer);
}

bool TagPrintDialog::printTo(QPrinter& printer)
{
    const auto job = outputJob();
    if (!job) {
        return false;
    }
    // Full page, sheet-sized: label positions are measured from the paper's edge (renderTags sets it).
    const QScopedValueRollback working(m_working, true);
    std::atomic<bool> cancel{false};
    auto pages = ProgressRunner::call<report::ReportResult<int>>(
        this, tr("Printing the tags…"), [&](const ProgressFn& progress) {
            return report::renderTags(printer, *job, &cancel, [&](int done, int total) {
                if (!progress(done, total) && !cancel.exchange(true)) {
                    // Drops the pages spooled so far (painting happens on this thread).
                    printer.abort();
                }
            });
        });
    if (!pages) {
        if (pages.error().code == report::ReportErrc::Cancelled) {
            // A print to a file that the print engine could not take back is removed.
            if (!printer.outputFileName().isEmpty()) {
                QFile::remove(printer.outputFileName());
            }
            return false;
        }
        m_prompts.error(this, tr("Could not print the tags"), report::describe(pages.error()));
        return false;
    }
    return true;
}

} // namespace petinfo::client
