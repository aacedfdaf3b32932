// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/PetService.h"
#include "storage/DatabaseFile.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

namespace petinfo::client::cli {

/** What a command gets: the parsed options, the unlocked database and a service over it. */
struct Context
{
    QCommandLineParser& parser;
    QStringList args; ///< positional arguments after the command name
    QString databasePath;
    std::shared_ptr<DatabaseFile> file;
    std::unique_ptr<PetService> service;
    QTextStream& out;
};

/** A command failure: one line for stderr, and whether it was a usage error (exit 2). */
struct Failure
{
    QString message;
    bool usage = false;
};
using CommandResult = Result<void, Failure>;

CommandResult addPet(Context& ctx);
CommandResult addRecord(Context& ctx);
CommandResult list(Context& ctx);
CommandResult show(Context& ctx);
CommandResult importCsv(Context& ctx);
CommandResult exportData(Context& ctx);
CommandResult backup(Context& ctx);
CommandResult verify(Context& ctx);
CommandResult signIn(Context& ctx);
CommandResult signOut(Context& ctx);
CommandResult syncNow(Context& ctx);
CommandResult status(Context& ctx);
CommandResult conflicts(Context& ctx);
CommandResult tags(Context& ctx);
CommandResult healthReport(Context& ctx);
CommandResult claimTag(Context& ctx);
CommandResult scan(Context& ctx);
CommandResult kioskDevice(Context& ctx);

} // namespace petinfo::client::cli
