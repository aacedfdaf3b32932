// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/Progress.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace petinfo::client {

/** Runs slow work (key derivation, import, export, backup, restore) on a worker thread while a
 *  window-modal progress dialog with a Cancel button shows how far it got. The GUI thread keeps
 *  painting; the call returns when the work is done. Work that cannot report progress shows a
 *  busy bar. */
class ProgressRunner final
{
public:
    /** `work` receives a ProgressFn to call from the worker; it returns false once the user pressed
     *  Cancel. The dialog appears only if the work takes longer than a moment. */
    static void run(QWidget* parent, const QString& label, const std::function<void(const ProgressFn&)>& work,
                    bool cancellable = true);

    /** Convenience for work that returns a value. */
    template <typename R>
    static R call(QWidget* parent, const QString& label, const std::function<R(const ProgressFn&)>& work,
                  bool cancellable = true)
    {
        std::optional<R> result;
        run(
            parent, label, [&](const ProgressFn& progress) { result.emplace(work(progress)); }, cancellable);
        return std::move(*result);
    }
};

} // namespace petinfo::client
