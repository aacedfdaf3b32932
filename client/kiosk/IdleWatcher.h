// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace petinfo::client {

/** Watches every input event of the application (any window, any widget: touch, mouse, keys,
 *  wheel) and says when there has been none for `timeoutMs`. It fires once per idle spell; the
 *  next input starts a new one. */
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(int timeoutMs, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const { return m_timer.interval(); }
    /** Starts counting from now (e.g. when a screen that cares about idleness is shown). */
    void restart();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    /** No input for timeoutMs. */
    void idle();
    /** Input arrived (after idle() or not). */
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_enabled = false;
};

/** Whether an event is a person touching the machine (not a paint, timer or focus change). */
bool isUserInput(const QEvent* event);

} // namespace petinfo::client
