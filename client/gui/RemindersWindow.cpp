// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RemindersWindow.h"

#include "gui/DateEdit.h"
#include "gui/Prompts.h"
#include "models/ReminderListModel.h"
#include "services/ReminderService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace petinfo::client {

QString netErrorText(const NetError& error)
{
    if (error.apiCode == "not_signed_in") {
        return RemindersWindow::tr("This database is not signed in to a server. Sign in (Sync menu) first.");
    }
    switch (error.code) {
    case NetErrc::Offline:
        return RemindersWindow::tr("The server cannot be reached. Check the connection and try again.");
    case NetErrc::Unauthorized:
        return RemindersWindow::tr("The server no longer accepts this computer's sign-in. Sign in again.");
    case NetErrc::Forbidden:
        return RemindersWindow::tr("Your role does not allow this.");
    case NetErrc::NotFound:
        return RemindersWindow::tr("The server does not know this message. Sync and try again.");
    case NetErrc::RateLimited:
    case NetErrc::Server:
        return RemindersWindow::tr("The server could not do it just now. Try again in a moment.");
    default:
        return QString::fromStdString(error.message);
    }
}

RemindersWindow::RemindersWindow(ReminderService& reminders, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_reminders(reminders)
    , m_prompts(prompts)
    , m_model(new ReminderListModel(reminders, this))
    , m_proxy(new ReminderFilterProxyModel(this))
    , m_state(new QComboBox(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("Send &Again"), this))
    , m_cancel(new QPushButton(tr("&Cancel Message…"), this))
{
    setObjectName(QStringLiteral("remindersWindow"));
    setWindowTitle(tr("WhatsApp Reminders"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_table->setObjectName(QStringLiteral("remindersTableView"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    using Filter = ReminderListModel::Filter;
    m_state->addItem(tr("All"), static_cast<int>(Filter::All));
    m_state->addItem(tr("Pending"), static_cast<int>(Filter::Pending));
    m_state->addItem(tr("Sent"), static_cast<int>(Filter::Sent));
    m_state->addItem(tr("Failed"), static_cast<int>(Filter::Failed));
    m_state->addItem(tr("Uncertain"), static_cast<int>(Filter::Uncertain));
    m_state->addItem(tr("Cancelled"), static_cast<int>(Filter::Cancelled));
    m_from->setPlaceholderText(tr("From"));
    m_to->setPlaceholderText(tr("To"));
    m_search->setPlaceholderText(tr("Pet, owner, product or reason"));
    m_search->setClearButtonEnabled(true);
    m_retry->setToolTip(tr("Send a failed or uncertain message again (Ctrl+Enter)"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel->setToolTip(tr("Cancel a reminder or message that has not gone out yet"));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReminderListModel::When, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto* searchLabel = new QLabel(tr("S&earch:"), this);
    searchLabel->setBuddy(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addSpacing(12);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(box);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    resize(980, 520);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RemindersWindow::applyFilters);
    connect(m_from, &QLineEdit::textChanged, this, &RemindersWindow::applyFilters);
    connect(m_to, &QLineEdit::textChanged, this, &RemindersWindow::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &RemindersWindow::applyFilters);
    connect(m_retry, &QPushButton::clicked, this, &RemindersWindow::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &RemindersWindow::cancelSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RemindersWindow::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RemindersWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RemindersWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RemindersWindow::updateSummary);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RemindersWindow::updateButtons);
    connect(m_model, &ReminderListModel::loadFailed, this, [this](const StorageError& e) {
        m_summary->setText(tr("Could not read the reminders: %1").arg(describe(e)));
    });
    reload();
    m_table->setFocus();
}

void RemindersWindow::reload()
{
    (void)m_model->reload();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    updateSummary();
}

void RemindersWindow::applyFilters()
{
    m_proxy->setStateFilter(static_cast<ReminderListModel::Filter>(m_state->currentData().toInt()));
    m_proxy->setDateRange(m_from->date(), m_to->date());
    m_proxy->setText(m_search->text());
    updateSummary();
}

const MessageListItem* RemindersWindow::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->itemFromIndex(m_proxy->mapToSource(current.siblingAtColumn(0))) : nullptr;
}

void RemindersWindow::updateButtons()
{
    const MessageListItem* item = selected();
    using Filter = ReminderListModel::Filter;
    const Filter state = item ? ReminderListModel::filterOf(*item) : Filter::All;
    m_retry->setEnabled(item && !item->planned && (state == Filter::Failed || state == Filter::Uncertain));
    m_cancel->setEnabled(item && state == Filter::Pending);
}

void RemindersWindow::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No WhatsApp reminders yet. They appear here once the server plans them and this "
                              "computer syncs."));
    } else if (m_proxy->rowCount() == m_model->rowCount()) {
        m_summary->setText(tr("%n message(s) and planned reminder(s).", nullptr, m_model->rowCount()));
    } else {
        m_summary->setText(tr("%1 of %n shown.", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    }
    updateButtons();
}

bool RemindersWindow::retrySelected()
{
    const MessageListItem* item = selected();
    if (!item || item->planned) {
        return false;
    }
    const auto state = ReminderListModel::filterOf(*item);
    if (state != ReminderListModel::Filter::Failed && state != ReminderListModel::Filter::Uncertain) {
        return false;
    }
    const QString id = item->message.id;
    if (state == ReminderListModel::Filter::Uncertain &&
        !m_prompts.confirm(this, tr("Send again"),
                           tr("The server stopped while sending this message to %1, so it may have arrived. "
                              "Send it again? If it did arrive, they get it twice.")
                               .arg(item->personName.isEmpty() ? tr("the owner") : item->personName),
                           tr("Send Again"))) {
        return false;
    }
    const auto result = m_reminders.retryMessage(id);
    if (!result) {
        m_prompts.error(this, tr("Could not send the message again"), explain(result.error()));
        return false;
    }
    m_summary->setText(tr("Queued to be sent again; the new state shows after the next sync."));
    return true;
}

bool RemindersWindow::cancelSelected()
{
    const MessageListItem* item = selected();
    if (!item || ReminderListModel::filterOf(*item) != ReminderListModel::Filter::Pending) {
        return false;
    }
    const bool planned = item->planned;
    const QString id = planned ? item->message.reminderId : item->message.id;
    const QString pet = item->petName;
    const QString recordId = item->healthRecordId; // a reminder not planned yet: no id
    const ReminderKind kind = item->kind;
    const int days = item->days;
    if (!m_prompts.confirm(this, tr("Cancel reminder"),
                           planned ? tr("Cancel the planned reminder about %1? It will not be sent.").arg(pet)
                                   : tr("Cancel the message about %1? It will not be sent.").arg(pet),
                           tr("Cancel Reminder"))) {
        return false;
    }
    const auto result = !planned        ? m_reminders.cancelMessage(id)
                        : !id.isEmpty() ? m_reminders.cancelReminder(id)
                                        : m_reminders.cancelAhead(recordId, kind, days);
    if (!result) {
        m_prompts.error(this, tr("Could not cancel"), explain(result.error()));
        return false;
    }
    m_summary->setText(tr("Cancelled; the list shows it after the next sync."));
    return true;
}

QString RemindersWindow::explain(const NetError& error) const
{
    if (error.apiCode == "not_retryable") {
        return tr("This message can no longer be sent again: it went out or was cancelled meanwhile.");
    }
    if (error.apiCode == "not_cancellable") {
        return tr("This can no longer be cancelled: it went out meanwhile.");
    }
    return netErrorText(error);
}

} // namespace petinfo::client
