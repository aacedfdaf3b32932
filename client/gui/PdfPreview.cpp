// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/PdfPreview.h"

#include <QAction>
#include <QBuffer>
#include <QGuiApplication>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QAction* makeAction(QWidget* parent, const QString& objectName, const QString& text, const QString& themeIcon,
                    const QList<QKeySequence>& shortcuts)
{
    auto* action = new QAction(QIcon::fromTheme(themeIcon), text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // Works anywhere in the dialog, not only with the focus on the pages.
    action->setShortcutContext(Qt::WindowShortcut);
    parent->addAction(action);
    return action;
}

} // namespace

PdfPreview::PdfPreview(QWidget* parent)
    : QWidget(parent)
    , m_buffer(new QBuffer(this))
    , m_document(new QPdfDocument(this))
    , m_toolBar(new QToolBar(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QPdfView(this))
    , m_message(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("pdfPreview"));
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    // Grey around white pages, as print previews look everywhere.
    m_view->setBackgroundRole(QPalette::Dark);
    m_view->viewport()->setBackgroundRole(QPalette::Dark);
    m_view->viewport()->setAutoFillBackground(true);
    m_message->setObjectName(QStringLiteral("previewMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    m_zoomOut = makeAction(this, QStringLiteral("zoomOutAction"), tr("Zoom &Out"), QStringLiteral("zoom-out"),
                           {QKeySequence::ZoomOut});
    m_zoomIn = makeAction(this, QStringLiteral("zoomInAction"), tr("Zoom &In"), QStringLiteral("zoom-in"),
                          {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fitWidth = makeAction(this, QStringLiteral("fitWidthAction"), tr("Fit &Width"), QStringLiteral("zoom-fit-width"),
                            {QKeySequence(Qt::CTRL | Qt::Key_0)});
    m_fitPage =
        makeAction(this, QStringLiteral("fitPageAction"), tr("&Whole Page"), QStringLiteral("zoom-fit-best"), {});
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fitWidth->setToolTip(tr("Fit the page to the window's width (Ctrl+0)"));
    m_fitPage->setToolTip(tr("Show whole pages"));
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_fitPage->setCheckable(true);
    connect(m_zoomOut, &QAction::triggered, this, &PdfPreview::zoomOut);
    connect(m_zoomIn, &QAction::triggered, this, &PdfPreview::zoomIn);
    connect(m_fitWidth, &QAction::triggered, this, &PdfPreview::fitWidth);
    connect(m_fitPage, &QAction::triggered, this, &PdfPreview::fitPage);

    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setMargin(6);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busyBar->setTextVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));

    m_toolBar->setObjectName(QStringLiteral("previewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_zoomOut);
    m_toolBar->addAction(m_zoomIn);
    m_toolBar->addAction(m_fitWidth);
    m_toolBar->addAction(m_fitPage);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_pageLabel);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_busyLabelAction = m_toolBar->addWidget(m_busyLabel);
    m_busyBarAction = m_toolBar->addWidget(m_busyBar);
    m_busyLabelAction->setVisible(false);
    m_busyBarAction->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreview::updatePageLabel);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &PdfPreview::updatePageLabel);
    updatePageLabel();
}

PdfPreview::~PdfPreview()
{
    // The document reads from the buffer until it is closed.
    m_document->close();
}

void PdfPreview::setPdf(const QByteArray& bytes)
{
    m_busy = false;
    m_busyBarAction->setVisible(false);
    m_busyLabelAction->setVisible(false);
    m_document->close();
    m_buffer->close();
    m_bytes = bytes;
    m_buffer->setData(m_bytes);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0) {
        m_stack->setCurrentWidget(m_view);
    } else {
        showMessage(tr("The preview cannot be shown: the PDF could not be read."));
    }
    updatePageLabel();
}

void PdfPreview::showBusy(const QString& text)
{
    m_busy = true;
    m_busyLabel->setText(text);
    m_busyBarAction->setVisible(true);
    // Before a first PDF the text fills the view; it is not repeated in the toolbar.
    m_busyLabelAction->setVisible(!m_bytes.isEmpty());
    if (m_bytes.isEmpty()) {
        m_message->setText(text);
        m_stack->setCurrentWidget(m_message);
    }
}

void PdfPreview::showMessage(const QString& text)
{
    m_busy = false;
    m_busyBarAction->setVisible(false);
    m_busyLabelAction->setVisible(false);
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_bytes.clear();
    m_document->close();
    updatePageLabel();
}

void PdfPreview::zoomIn()
{
    zoomBy(kZoomStep);
}

void PdfPreview::zoomOut()
{
    zoomBy(1.0 / kZoomStep);
}

void PdfPreview::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_fitWidth->setChecked(true);
    m_fitPage->setChecked(false);
}

void PdfPreview::fitPage()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_fitWidth->setChecked(false);
    m_fitPage->setChecked(true);
}

void PdfPreview::zoomBy(qreal step)
{
    qreal current = m_view->zoomFactor();
    if (m_view->zoomMode() != QPdfView::ZoomMode::Custom && m_document->pageCount() > 0) {
        // Continue from what the fitted view shows now: QPdfView draws a point at logical DPI / 72 pixels.
        const QMargins margins = m_view->documentMargins();
        const QSizeF pagePx = m_document->pagePointSize(0) * (logicalDpiX() / 72.0);
        const qreal width = m_view->viewport()->width() - margins.left() - margins.right();
        const qreal height = m_view->viewport()->height() - margins.top() - margins.bottom();
        if (pagePx.width() > 0 && pagePx.height() > 0 && width > 0 && height > 0) {
            current = width / pagePx.width();
            if (m_view->zoomMode() == QPdfView::ZoomMode::FitInView) {
                current = std::min(current, height / pagePx.height());
            }
        }
    }
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(std::clamp(current * step, kMinZoom, kMaxZoom));
    m_fitWidth->setChecked(false);
    m_fitPage->setChecked(false);
}

void PdfPreview::updatePageLabel()
{
    const int pages = m_stack->currentWidget() == m_view ? m_document->pageCount() : 0;
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(m_view->pageNavigator()->currentPage() + 1).arg(pages)
                                   : QString());
    for (QAction* a : {m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage}) {
        a->setEnabled(pages > 0);
    }
}

bool PdfPreview::showRendered(const RenderedPdf& result, const QString& failure)
{
    if (!result.error.isEmpty()) {
        showMessage(failure.arg(result.error));
        return false;
    }
    setPdf(result.bytes);
    return !pdf().isEmpty();
}

} // namespace petinfo::client
