// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QStringList>

#include <vector>

namespace petinfo::report::test {

/** The public base URL every test prints with. */
inline const QString kBaseUrl = QStringLiteral("https://petinfo.example");

/** A PDF opened with Qt PDF (PDFium), independent of the writer that produced it. */
class PdfFile
{
public:
    explicit PdfFile(const QByteArray& bytes);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;
    bool isValid() const { return m_pages >= 0; }
    int pageCount() const { return m_pages; }
    /** Page size in millimetres, from the PDF's MediaBox. */
    QSizeF pageSizeMm(int page) const;
    /** The page at `dpi`, composited onto white (Qt PDF renders a transparent background). */
    QImage render(int page, int dpi) const;
    /** Text of one page through poppler's pdftotext: `-layout` keeps table rows on one line,
     *  `-raw` keeps content-stream order (one label's lines together). Empty on failure. */
    enum class TextMode
    {
        Layout,
        Raw
    };
    QString text(int page, TextMode mode = TextMode::Layout) const;
    /** Every QR code zbar (a reader independent of our ZXing one) finds on every page, rendered by
     *  poppler's pdftoppm at `dpi` (another renderer than render()). Empty on failure. */
    QStringList zbarCodes(int dpi) const;
    /** Occurrences of `/Subtype /Image` objects: bitmaps embedded in the file. */
    int imageCount() const;

private:
    QByteArray m_bytes;
    QString m_path;
    int m_pages = -1;
    std::vector<QSizeF> m_sizesPt;
};

/** A PNG-encoded test photo. */
QByteArray testPhoto();

/** Whether pdftotext is installed (poppler-utils, in scripts/install-deps.sh). */
bool havePdftotext();

/** Whether pdftoppm and zbarimg are installed (poppler-utils, zbar-tools). */
bool haveZbar();

} // namespace petinfo::report::test
