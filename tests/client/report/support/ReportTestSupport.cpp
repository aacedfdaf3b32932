// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUuid>

namespace petinfo::report::test {

PdfFile::PdfFile(const QByteArray& bytes)
    : m_bytes(bytes)
{
    // pdftotext and Qt PDF both want a file; it lives as long as this object.
    m_path = QDir::temp().filePath(
        QStringLiteral("petinfo-report-test-%1.pdf").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return;
    }
    file.close();
    QPdfDocument doc;
    if (doc.load(m_path) != QPdfDocument::Error::None) {
        return;
    }
    m_pages = doc.pageCount();
    for (int i = 0; i < m_pages; ++i) {
        m_sizesPt.push_back(doc.pagePointSize(i));
    }
}

PdfFile::~PdfFile()
{
    QFile::remove(m_path);
}

QSizeF PdfFile::pageSizeMm(int page) const
{
    return m_sizesPt.at(static_cast<std::size_t>(page)) * 25.4 / 72.0;
}

QImage PdfFile::render(int page, int dpi) const
{
    QPdfDocument doc;
    doc.load(m_path);
    const QSize pixels = (m_sizesPt.at(static_cast<std::size_t>(page)) * dpi / 72.0).toSize();
    QImage out(pixels, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, doc.render(page, pixels));
    painter.end();
    return out;
}

QString PdfFile::text(int page, TextMode mode) const
{
    QProcess process;
    const QString n = QString::number(page + 1);
    process.start(QStringLiteral("pdftotext"),
                  {mode == TextMode::Layout ? QStringLiteral("-layout") : QStringLiteral("-raw"),
                   QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), n, QStringLiteral("-l"), n,
                   m_path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList PdfFile::zbarCodes(int dpi) const
{
    QTemporaryDir dir;
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                              m_path, dir.filePath(QStringLiteral("page"))});
    if (!dir.isValid() || !render.waitForFinished(60000) || render.exitCode() != 0) {
        return {};
    }
    QStringList codes;
    for (const QString& png : QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(png)});
        zbar.waitForFinished(60000);
        for (const QString& line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                codes << line.trimmed();
            }
        }
    }
    return codes;
}

int PdfFile::imageCount() const
{
    return static_cast<int>(m_bytes.count("/Subtype /Image"));
}

QByteArray testPhoto()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(QColor(200, 150, 90));
    QPainter p(&image);
    p.setBrush(QColor(90, 60, 30));
    p.drawEllipse(QPointF(150, 110), 70, 60);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool havePdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

bool haveZbar()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty();
}

} // namespace petinfo::report::test
