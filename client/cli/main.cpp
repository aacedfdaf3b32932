// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Drawing tags and reports needs fonts, hence a QGuiApplication; on a machine without a display
    // it renders offscreen. Every other command stays a plain QCoreApplication.
    bool drawing = false;
    for (int i = 1; i < argc; ++i) {
        for (const char* command : {"tags", "report", "scan"}) {
            drawing = drawing || std::strcmp(argv[i], command) == 0;
        }
    }
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return petinfo::client::runCli(app->arguments());
}
