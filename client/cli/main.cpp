// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return petinfo::client::runCli(app.arguments());
}
