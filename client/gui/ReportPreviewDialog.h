// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/PdfPreview.h"
#include "petinfo/report/HealthReport.h"

#include <QDialog>
#include <QPageSize>

template <typename T>
class QFutureWatcher;
class QAction;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPrinter;

namespace petinfo::client {

class Prompts;

/** A pet's health report as it will print: rendered on a worker thread (a busy bar meanwhile),
 *  shown page by page with zoom, on A4 or Letter (the locale's paper by default, changeable), and
 *  saved as PDF (Ctrl+S) or printed (Ctrl+P) from the same rendering code. */
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /** `data` comes from loadReportData(); the dialog starts rendering at once. */
    ReportPreviewDialog(report::ReportData data, Prompts& prompts, QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    const report::ReportData& data() const { return m_data; }
    QPageSize::PageSizeId pageSize() const;
    /** Re-renders on the new paper. */
    void setPageSize(QPageSize::PageSizeId size);

    PdfPreview* preview() const { return m_preview; }
    QPdfDocument* document() const { return m_preview->document(); }
    bool isBusy() const { return m_preview->isBusy(); }

    /** Asks where (Prompts::saveFile) and writes the PDF shown; false if cancelled or it failed
     *  (the user was told). */
    bool saveAs();
    /** Writes the PDF shown to `path` atomically. */
    bool saveTo(const QString& path);
    /** Asks for a printer (QPrintDialog), then printTo(). */
    void print();
    /** Paints the report onto `printer` through the report library's printer path. */
    bool printTo(QPrinter& printer);

public Q_SLOTS:
    /** Close and Escape; ignored while printing. */
    void reject() override;

Q_SIGNALS:
    /** A rendering finished and is shown (ok) or failed (the reason is shown in the preview). */
    void previewReady(bool ok);

private:
    void render();
    void rendered();
    void updateActions();
    report::ReportOptions options() const;

    report::ReportData m_data;
    Prompts& m_prompts;
    PdfPreview* m_preview;
    QComboBox* m_paper;
    QLabel* m_saved = nullptr;
    QAction* m_save;
    QAction* m_print;
    QFutureWatcher<RenderedPdf>* m_watcher;
    bool m_renderAgain = false;
    bool m_working = false; ///< printing: the dialog must not close under the progress dialog
};

} // namespace petinfo::client
