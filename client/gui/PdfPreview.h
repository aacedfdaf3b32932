// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/report/ReportError.h"

#include <QByteArray>
#include <QWidget>

class QAction;
class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QStackedWidget;
class QToolBar;

namespace petinfo::client {

/** What a worker thread hands back to a preview: the PDF, or why there is none (text for people). */
struct RenderedPdf
{
    QByteArray bytes;
    QString error;

    /** The outcome of a report-core call, in a form a QFuture carries back to the GUI thread. */
    static RenderedPdf from(report::ReportResult<QByteArray> pdf)
    {
        return pdf ? RenderedPdf{std::move(*pdf), {}} : RenderedPdf{{}, report::describe(pdf.error())};
    }
};

/** A PDF shown the way the report and tag dialogs need it: all pages in a scrolling column, zoom in
 *  and out (Ctrl++ / Ctrl+-), fit to width (Ctrl+0) or whole page, "Page 2 of 5", and a busy bar while the owner
 *  renders a new version off the GUI thread. The old pages stay visible until the new ones arrive. */
class PdfPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;

    /** Shows `bytes` (loaded synchronously: document() is Ready afterwards); an unreadable PDF shows
     *  a message instead and pdf() is empty. Ends the busy state. */
    void setPdf(const QByteArray& bytes);
    /** The bytes shown, empty before the first setPdf(). */
    const QByteArray& pdf() const { return m_bytes; }
    /** Busy bar and `text` next to it; before a first PDF, `text` fills the view. */
    void showBusy(const QString& text);
    /** Replaces the view by `text` (what went wrong, or why there is nothing to show). */
    void showMessage(const QString& text);
    /** Shows a finished rendering, or `failure` (with %1 for the reason); true when pages show. */
    bool showRendered(const RenderedPdf& result, const QString& failure);
    bool isBusy() const { return m_busy; }

    QPdfDocument* document() const { return m_document; }
    QPdfView* view() const { return m_view; }
    /** The zoom and page controls, for the owner to add its own actions (paper size, save, print). */
    QToolBar* toolBar() const { return m_toolBar; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitWidth();
    /** Whole pages in view (label sheets, where the layout matters more than the small print). */
    void fitPage();

private:
    void zoomBy(qreal step);
    void updatePageLabel();

    QByteArray m_bytes;
    QBuffer* m_buffer;
    QPdfDocument* m_document;
    QToolBar* m_toolBar;
    QStackedWidget* m_stack;
    QPdfView* m_view;
    QLabel* m_message;
    QLabel* m_pageLabel;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QAction* m_busyBarAction = nullptr; ///< a toolbar's widget is shown and hidden through its action
    QAction* m_busyLabelAction = nullptr;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fitWidth;
    QAction* m_fitPage;
    bool m_busy = false;
};

} // namespace petinfo::client
