// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ProgressRunner.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace petinfo::client {

void ProgressRunner::run(QWidget* parent, const QString& label, const std::function<void(const ProgressFn&)>& work,
                         bool cancellable)
{
    // The worker only writes atomics; the GUI thread polls them. No cross-thread signals needed.
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    const ProgressFn progress = [&](qint64 d, qint64 t) {
        done.store(d, std::memory_order_relaxed);
        total.store(t, std::memory_order_relaxed);
        return !cancelled.load(std::memory_order_relaxed);
    };

    QProgressDialog dialog(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable) {
        dialog.setCancelButton(nullptr);
    }
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
    });

    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total.load(std::memory_order_relaxed);
        if (t > 0) {
            // QProgressDialog takes ints: scale large totals to per-mille.
            const bool scale = t > 1000000;
            dialog.setMaximum(scale ? 1000 : static_cast<int>(t));
            const qint64 d = done.load(std::memory_order_relaxed);
            dialog.setValue(scale ? static_cast<int>(d * 1000 / t) : static_cast<int>(d));
        }
    });
    // Quick work finishes without a flash of a dialog; anything longer shows it (busy bar until the
    // first progress report).
    QTimer showLater;
    showLater.setSingleShot(true);
    QObject::connect(&showLater, &QTimer::timeout, &dialog, &QProgressDialog::show);
    watcher.setFuture(QtConcurrent::run([&] { work(progress); }));
    poll.start();
    showLater.start(dialog.minimumDuration());
    if (!watcher.isFinished()) {
        // The dialog is window-modal, so input to the rest of the window is blocked while the
        // Cancel button stays usable.
        loop.exec();
    }
    poll.stop();
    watcher.waitForFinished();
    dialog.reset();
}

} // namespace petinfo::client
