// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ServerApp.h"

int main(int argc, char** argv)
{
    petinfo::server::ServerApp app;
    return app.run(argc, argv);
}
