// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace petinfo::client {

IdleWatcher::IdleWatcher(int timeoutMs, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeoutMs(int timeoutMs)
{
    m_timer.setInterval(timeoutMs);
    if (m_enabled) {
        m_timer.start();
    }
}

void IdleWatcher::restart()
{
    m_enabled = true;
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_enabled = false;
    m_timer.stop();
}

bool isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // The application sees each event once per receiver up the parent chain; only windows and
    // widgets matter, and restarting a timer is cheap.
    if (isUserInput(event)) {
        if (m_enabled) {
            m_timer.start();
        }
        Q_EMIT activity();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace petinfo::client
