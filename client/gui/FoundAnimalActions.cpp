// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FoundAnimalActions.h"

#include "gui/FoundAnimalsWindow.h"
#include "gui/MainWindow.h"
#include "services/FoundAnimalService.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace petinfo::client {

FoundAnimalActions::FoundAnimalActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_service(new FoundAnimalService(window.service(), this))
    , m_foundAnimals(new QAction(tr("&Found Animals…"), &window))
{
    m_foundAnimals->setObjectName(QStringLiteral("foundAnimalsAction"));
    m_foundAnimals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_foundAnimals->setToolTip(tr("Strays taken in, and the lost pets each may be (Ctrl+Shift+F)"));
    connect(m_foundAnimals, &QAction::triggered, this, &FoundAnimalActions::showFoundAnimals);
}

void FoundAnimalActions::addTo(QMenuBar* menuBar)
{
    auto* menu = new QMenu(tr("&Lost and Found"), menuBar);
    menu->setObjectName(QStringLiteral("lostAndFoundMenu"));
    menu->addAction(m_foundAnimals);
    const QList<QAction*> menus = menuBar->actions();
    menuBar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
}

FoundAnimalsWindow* FoundAnimalActions::showFoundAnimals()
{
    if (!m_open) {
        m_open = new FoundAnimalsWindow(*m_service, m_window.prompts(), &m_window);
        m_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_open->show();
    m_open->raise();
    m_open->activateWindow();
    return m_open;
}

} // namespace petinfo::client
