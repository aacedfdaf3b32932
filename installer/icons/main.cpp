// SPDX-License-Identifier: GPL-3.0-or-later
// petinfo-icons: writes the app icon (the same drawing the app shows, gui/AppIcon) as the files
// desktops and installers want: hicolor PNGs for Linux, petinfo.ico for Windows, petinfo.icns for
// macOS. A build step, never installed. Usage: petinfo-icons OUTPUT_DIR
#include "IconFiles.h"
#include "gui/AppIcon.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace {

using petinfo::installer::PngImage;

bool write(const QString& path, const QByteArray& data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

QList<PngImage> render(const QIcon& icon, std::initializer_list<int> sizes)
{
    QList<PngImage> images;
    for (int size : sizes) {
        images.append({size, petinfo::installer::renderPng(icon, size)});
    }
    return images;
}

} // namespace

int main(int argc, char* argv[])
{
    // Painting into images needs no screen, hence no QGuiApplication.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: petinfo-icons OUTPUT_DIR\n";
        return 2;
    }
    const QDir out(args.at(1));
    const QIcon icon = petinfo::client::appIcon();

    // The sizes of the hicolor theme that desktops look up (freedesktop icon theme spec).
    for (const PngImage& image : render(icon, {16, 22, 24, 32, 48, 64, 128, 256, 512})) {
        const QString path = out.filePath(QStringLiteral("hicolor/%1x%1/apps/petinfo.png").arg(image.size));
        if (!write(path, image.data)) {
            err << "petinfo-icons: cannot write " << path << '\n';
            return 1;
        }
    }
    const auto ico = petinfo::installer::icoFile(render(icon, {16, 20, 24, 32, 40, 48, 64, 128, 256}));
    const auto icns = petinfo::installer::icnsFile(render(icon, {16, 32, 64, 128, 256, 512, 1024}));
    if (!ico || !icns) {
        err << "petinfo-icons: an icon size has no place in the .ico or .icns format\n";
        return 1;
    }
    for (const auto& [name, data] :
         {std::pair{QStringLiteral("petinfo.ico"), *ico}, std::pair{QStringLiteral("petinfo.icns"), *icns}}) {
        if (!write(out.filePath(name), data)) {
            err << "petinfo-icons: cannot write " << out.filePath(name) << '\n';
            return 1;
        }
    }
    return 0;
}
