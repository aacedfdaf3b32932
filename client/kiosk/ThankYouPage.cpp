// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/ThankYouPage.h"

#include "kiosk/KioskStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace petinfo::client {

ThankYouPage::ThankYouPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("thankYouPage"));
    m_title->setObjectName(QStringLiteral("thankYouTitleLabel"));
    kioskstyle::setRole(m_title, "title");
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("thankYouTextLabel"));
    kioskstyle::setRole(m_text, "heading");
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto* done = new QPushButton(tr("Back to All Animals"), this);
    done->setObjectName(QStringLiteral("doneButton"));
    kioskstyle::setRole(done, "primary");
    connect(done, &QPushButton::clicked, this, &ThankYouPage::doneRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(96, 48, 96, 48);
    layout->setSpacing(32);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(done, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void ThankYouPage::clear()
{
    m_title->clear();
    m_text->clear();
}

void ThankYouPage::showFor(const QString& applicantName, const QString& petName)
{
    const QString firstName = applicantName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    m_title->setText(firstName.isEmpty() ? tr("Thank you!") : tr("Thank you, %1!").arg(firstName));
    m_text->setText(
        tr("Your application to adopt %1 is saved. The shelter will call or write to you soon.").arg(petName));
}

} // namespace petinfo::client
