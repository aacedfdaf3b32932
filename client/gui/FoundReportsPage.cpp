// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/FoundReportsPage.h"

#include "gui/Prompts.h"
#include "models/DomainText.h"
#include "models/FoundReportModel.h"
#include "services/FoundReportService.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace petinfo::client {

namespace {

/** New reports (open, not seen here) in bold, as unread mail. */
class NewReportDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FoundReportModel::NewRole).toBool()) {
            option->font.setBold(true);
        }
    }
};

} // namespace

FoundReportsPage::FoundReportsPage(FoundReportService& service, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(prompts)
    , m_model(new FoundReportModel(service, this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_copyPhone(new QPushButton(tr("&Copy phone"), this))
    , m_markSeen(new QPushButton(tr("&Mark all as seen"), this))
{
    m_empty->setObjectName(QStringLiteral("noFoundReportsLabel"));
    m_table->setObjectName(QStringLiteral("foundReportsTableView"));
    m_details->setObjectName(QStringLiteral("foundReportDetailsLabel"));
    m_copyPhone->setObjectName(QStringLiteral("copyPhoneButton"));
    m_markSeen->setObjectName(QStringLiteral("markSeenButton"));

    m_empty->setWordWrap(true);
    m_empty->setText(tr("No one has reported finding this pet. While the pet is marked lost, its tag's page offers "
                        "finders a form; what they send appears here and on every computer of the clinic."));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new NewReportDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int column : {FoundReportModel::Reported, FoundReportModel::Finder, FoundReportModel::Phone}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->setColumnWidth(FoundReportModel::Place, m_table->fontMetrics().averageCharWidth() * 28);
    m_details->setTextFormat(Qt::PlainText); // a finder's words, never markup
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyPhone->setToolTip(tr("Copy the finder's phone number, to call or message them"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyPhone);
    buttons->addStretch(1);
    buttons->addWidget(m_markSeen);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FoundReportsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FoundReportsPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FoundReportsPage::showSelected);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FoundReportsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FoundReportsPage::showSelected);
    connect(m_model, &FoundReportModel::loadFailed, this, [this](const StorageError& error) {
        m_prompts.error(this, tr("Could not read the found reports"), describe(error));
    });
    connect(m_copyPhone, &QPushButton::clicked, this, [this] {
        if (const FoundReport* f = m_model->itemFromIndex(m_table->currentIndex())) {
            QApplication::clipboard()->setText(f->finderPhoneE164.isEmpty() ? f->finderPhone : f->finderPhoneE164);
        }
    });
    connect(m_markSeen, &QPushButton::clicked, this, &FoundReportsPage::markSeen);
    showSelected();
}

void FoundReportsPage::setPetId(const QString& petId)
{
    m_petId = petId;
    m_model->setPetId(petId);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, 0));
    }
    showSelected();
}

void FoundReportsPage::markSeen()
{
    if (m_petId.isEmpty()) {
        return;
    }
    if (auto r = m_service.markSeen(m_petId); !r) {
        m_prompts.error(this, tr("Could not mark the reports as seen"), describe(r.error()));
    }
}

void FoundReportsPage::showSelected()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_table->setVisible(any);
    m_details->setVisible(any);
    const FoundReport* f = m_model->itemFromIndex(m_table->currentIndex());
    if (!f && any) {
        f = &m_model->items().front();
    }
    m_copyPhone->setEnabled(f != nullptr);
    m_markSeen->setEnabled(
        std::any_of(m_model->items().begin(), m_model->items().end(), [](const FoundReport& r) { return !r.seen; }));
    if (!f) {
        m_details->clear();
        return;
    }
    QString text = tr("%1 (%2) on %3, at %4.")
                       .arg(f->finderName, FoundReportModel::phoneText(*f), dateTimeText(f->reportedAtMs), f->place);
    if (!f->message.isEmpty()) {
        text += QLatin1Char('\n') + f->message;
    }
    m_details->setText(text);
}

FoundBanner::FoundBanner(FoundReportService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_label(new QLabel(this))
    , m_show(new QPushButton(tr("Show found r&eports"), this))
{
    setObjectName(QStringLiteral("foundBannerWidget"));
    m_label->setObjectName(QStringLiteral("foundBannerLabel"));
    m_show->setObjectName(QStringLiteral("showFoundReportsButton"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    setAutoFillBackground(true);
    QPalette p = palette();
    // The colours of the lost banner on the public page: someone has the pet, act now.
    p.setColor(QPalette::Window, QColor(0xb3, 0x26, 0x1e));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_show);
    connect(m_show, &QPushButton::clicked, this, &FoundBanner::showReportsRequested);
    connect(&m_service, &FoundReportService::changed, this, [this](const QString& petId) {
        if (petId.isEmpty() || petId == m_petId) {
            refresh();
        }
    });
    hide();
}

void FoundBanner::setPetId(const QString& petId)
{
    m_petId = petId;
    refresh();
}

QString FoundBanner::text() const
{
    return m_label->text();
}

void FoundBanner::refresh()
{
    if (m_petId.isEmpty()) {
        hide();
        return;
    }
    auto reports = m_service.reports(m_petId);
    if (!reports) {
        hide(); // the tab says why it cannot read them
        return;
    }
    std::vector<const FoundReport*> unseen;
    for (const FoundReport& r : *reports) {
        if (r.open && !r.seen) {
            unseen.push_back(&r);
        }
    }
    if (unseen.empty()) {
        hide();
        return;
    }
    const FoundReport& latest = *unseen.front();
    QString text = tr("Found! %1 reported finding this pet on %2 at %3. Phone: %4.")
                       .arg(latest.finderName, dateTimeText(latest.reportedAtMs), latest.place,
                            FoundReportModel::phoneText(latest));
    if (unseen.size() > 1) {
        text += QLatin1Char(' ') + tr("%n more new report(s).", nullptr, static_cast<int>(unseen.size() - 1));
    }
    m_label->setText(text);
    show();
}

} // namespace petinfo::client
