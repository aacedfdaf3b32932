// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ReportPreviewDialog.h"

#include "gui/ProgressRunner.h"
#include "gui/Prompts.h"
#include "gui/ReportLoader.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace petinfo::client {

ReportPreviewDialog::ReportPreviewDialog(report::ReportData data, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_data(std::move(data))
    , m_prompts(prompts)
    , m_preview(new PdfPreview(this))
    , m_paper(new QComboBox(this))
    , m_save(new QAction(tr("&Save as PDF…"), this))
    , m_print(new QAction(tr("&Print…"), this))
    , m_watcher(new QFutureWatcher<RenderedPdf>(this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    setWindowTitle(tr("Health Report: %1").arg(QString::fromStdString(m_data.pet.name)));
    setSizeGripEnabled(true);

    m_paper->setObjectName(QStringLiteral("paperComboBox"));
    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->setToolTip(tr("Paper size"));
    m_paper->setCurrentIndex(preferredReportPageSize() == QPageSize::Letter ? 1 : 0);
    auto* paperLabel = new QLabel(tr("P&aper:"), this);
    paperLabel->setBuddy(m_paper);
    paperLabel->setMargin(6);
    QToolBar* bar = m_preview->toolBar();
    QAction* first = bar->actions().value(0);
    bar->insertWidget(first, paperLabel);
    bar->insertWidget(first, m_paper);
    bar->insertSeparator(first);

    m_save->setObjectName(QStringLiteral("saveReportAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_print->setObjectName(QStringLiteral("printReportAction"));
    m_print->setShortcut(QKeySequence::Print);
    addAction(m_save);
    addAction(m_print);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setToolTip(tr("Save the report as a PDF file (Ctrl+S)"));
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setToolTip(tr("Print the report (Ctrl+P)"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(saveButton, &QPushButton::clicked, m_save, &QAction::trigger);
    connect(printButton, &QPushButton::clicked, m_print, &QAction::trigger);
    connect(m_save, &QAction::enabledChanged, saveButton, &QPushButton::setEnabled);
    connect(m_print, &QAction::enabledChanged, printButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // After saving: where the file went, with a link to its folder.
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setTextFormat(Qt::RichText);
    m_saved->setOpenExternalLinks(true);
    m_saved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_saved->hide();
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_saved, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addLayout(bottom);

    connect(m_save, &QAction::triggered, this, &ReportPreviewDialog::saveAs);
    connect(m_print, &QAction::triggered, this, &ReportPreviewDialog::print);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        setPreferredReportPageSize(pageSize());
        render();
    });
    connect(m_watcher, &QFutureWatcher<RenderedPdf>::finished, this, &ReportPreviewDialog::rendered);

    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 110, fm.height() * 48);
    render();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

void ReportPreviewDialog::reject()
{
    // Printing runs in a local event loop with this dialog as the progress dialog's parent: it stays.
    if (!m_working) {
        QDialog::reject();
    }
}

QPageSize::PageSizeId ReportPreviewDialog::pageSize() const
{
    return static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
}

void ReportPreviewDialog::setPageSize(QPageSize::PageSizeId size)
{
    const int index = m_paper->findData(static_cast<int>(size));
    if (index >= 0) {
        m_paper->setCurrentIndex(index);
    }
}

report::ReportOptions ReportPreviewDialog::options() const
{
    report::ReportOptions options;
    options.pageSize = pageSize();
    return options;
}

void ReportPreviewDialog::render()
{
    if (m_watcher->isRunning()) {
        // One rendering at a time; the latest choice wins when it finishes.
        m_renderAgain = true;
        return;
    }
    m_preview->showBusy(tr("Preparing the report…"));
    updateActions();
    m_watcher->setFuture(QtConcurrent::run(
        [data = m_data, options = options()] { return RenderedPdf::from(report::healthReportPdf(data, options)); }));
}

void ReportPreviewDialog::rendered()
{
    if (m_renderAgain) {
        m_renderAgain = false;
        render();
        return;
    }
    const bool ok = m_preview->showRendered(m_watcher->result(), tr("The report could not be made. %1"));
    updateActions();
    Q_EMIT previewReady(ok);
}

void ReportPreviewDialog::updateActions()
{
    const bool ready = !isBusy() && !m_preview->pdf().isEmpty();
    m_save->setEnabled(ready);
    m_print->setEnabled(ready);
}

bool ReportPreviewDialog::saveAs()
{
    if (m_preview->pdf().isEmpty()) {
        return false;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1 health report.pdf").arg(safeFileName(QString::fromStdString(m_data.pet.name))));
    const QString path = m_prompts.saveFile(this, tr("Save Health Report as PDF"), suggested, tr("PDF files (*.pdf)"));
    return !path.isEmpty() && saveTo(withPdfSuffix(path));
}

bool ReportPreviewDialog::saveTo(const QString& path)
{
    // The bytes on screen are the report: saving does not render it again.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_preview->pdf()) != m_preview->pdf().size() || !file.commit()) {
        m_prompts.error(this, tr("Could not save the report"),
                        tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QFileInfo saved(path);
    m_saved->setText(tr("Saved to %1. <a href=\"%2\">Open folder</a>")
                         .arg(QDir::toNativeSeparators(saved.absoluteFilePath()).toHtmlEscaped(),
                              QUrl::fromLocalFile(saved.absolutePath()).toString(QUrl::FullyEncoded)));
    m_saved->setToolTip(QDir::toNativeSeparators(saved.absoluteFilePath()));
    m_saved->show();
    return true;
}

void ReportPreviewDialog::print()
{
    if (m_preview->pdf().isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pageSize()));
    // Also the file name when printing to a file.
    printer.setDocName(tr("%1 health report").arg(safeFileName(QString::fromStdString(m_data.pet.name))));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Health Report"));
    // The report is printed whole, on the paper chosen here.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printTo(printer);
}

bool ReportPreviewDialog::printTo(QPrinter& printer)
{
    // QPainter may paint on a QPrinter from a worker thread; the window keeps painting meanwhile.
    const report::ReportOptions options = this->options();
    const QScopedValueRollback working(m_working, true);
    auto pages = ProgressRunner::call<report::ReportResult<int>>(
        this, tr("Printing the report…"),
        [&](const ProgressFn&) { return report::renderHealthReport(printer, m_data, options); }, false);
    if (!pages) {
        m_prompts.error(this, tr("Could not print the report"), report::describe(pages.error()));
        return false;
    }
    return true;
}

} // namespace petinfo::client
