// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenuBar;

namespace petinfo::client {

class FoundAnimalService;
class FoundAnimalsWindow;
class MainWindow;

/** The window's lost-and-found commands: the Found Animals window (Ctrl+Shift+F), in a Lost and
 *  Found menu. Owns the window's FoundAnimalService. */
class FoundAnimalActions final : public QObject
{
    Q_OBJECT

public:
    explicit FoundAnimalActions(MainWindow& window);

    /** Adds the Lost and Found menu before Help. */
    void addTo(QMenuBar* menuBar);

    FoundAnimalService& service() const { return *m_service; }
    QAction* foundAnimalsAction() const { return m_foundAnimals; }

public Q_SLOTS:
    /** Shows the Found Animals window (one per main window, raised when open already). */
    FoundAnimalsWindow* showFoundAnimals();

private:
    MainWindow& m_window;
    FoundAnimalService* m_service;
    QAction* m_foundAnimals;
    QPointer<FoundAnimalsWindow> m_open;
};

} // namespace petinfo::client
