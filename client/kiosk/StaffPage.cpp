// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/StaffPage.h"

#include "kiosk/KioskStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace petinfo::client {

QString waitingText(qint64 applications)
{
    if (applications <= 0) {
        return QString();
    }
    // StaffPage::tr, not translate("StaffPage", ...): lupdate resolves that context to the class
    // and then drops the string, which no translation would ever get.
    return StaffPage::tr("%n application(s) waiting to send", nullptr, static_cast<int>(applications));
}

StaffPage::StaffPage(QWidget* parent)
    : QWidget(parent)
    , m_waiting(new QLabel(this))
    , m_sync(new QLabel(this))
{
    setObjectName(QStringLiteral("staffPage"));
    auto* title = new QLabel(tr("Staff"), this);
    title->setObjectName(QStringLiteral("staffTitleLabel"));
    kioskstyle::setRole(title, "title");
    m_waiting->setObjectName(QStringLiteral("staffWaitingLabel"));
    kioskstyle::setRole(m_waiting, "heading");
    m_waiting->setWordWrap(true);
    m_sync->setObjectName(QStringLiteral("staffSyncLabel"));
    kioskstyle::setRole(m_sync, "muted");
    m_sync->setWordWrap(true);
    setWaiting(0);

    auto* syncNow = new QPushButton(tr("Send Now"), this);
    syncNow->setObjectName(QStringLiteral("syncNowButton"));
    connect(syncNow, &QPushButton::clicked, this, &StaffPage::syncNowRequested);
    auto* back = new QPushButton(tr("Back to the Gallery"), this);
    back->setObjectName(QStringLiteral("staffBackButton"));
    kioskstyle::setRole(back, "primary");
    connect(back, &QPushButton::clicked, this, &StaffPage::backRequested);
    auto* exit = new QPushButton(tr("Leave the Kiosk"), this);
    exit->setObjectName(QStringLiteral("exitKioskButton"));
    connect(exit, &QPushButton::clicked, this, &StaffPage::exitRequested);

    auto* column = new QVBoxLayout;
    column->setSpacing(20);
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(m_waiting);
    column->addWidget(m_sync);
    column->addSpacing(24);
    column->addWidget(syncNow);
    column->addWidget(back);
    column->addSpacing(48);
    column->addWidget(exit);
    column->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
}

void StaffPage::setWaiting(qint64 applications)
{
    m_waiting->setText(applications > 0 ? waitingText(applications) : tr("Every application has been sent."));
}

void StaffPage::setSyncText(const QString& text)
{
    m_sync->setText(text);
}

} // namespace petinfo::client
