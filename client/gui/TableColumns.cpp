// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/TableColumns.h"

#include <QAbstractItemDelegate>
#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace petinfo::client {

namespace {

/** Rows a column's width is measured on (Qt's default is 1,000: too slow at start-up for 50,000 pets
 *  and seven columns). Enum labels, microchips and dates come from the samples anyway. */
constexpr int kMeasuredRows = 300;

} // namespace

TableColumns::TableColumns(QTableView* view, const QString& name, int version, std::vector<Column> columns)
    : QObject(view)
    , m_view(view)
    , m_group(QStringLiteral("columns/") + name)
    , m_version(version)
    , m_columns(std::move(columns))
{
    QHeaderView* header = m_view->horizontalHeader();
    applyViewSettings();
    m_headerViewport = header->viewport();
    m_viewViewport = m_view->viewport();
    m_headerViewport->installEventFilter(this);
    m_viewViewport->installEventFilter(this);
    restore();
    connect(header, &QHeaderView::sectionResized, this, &TableColumns::onSectionResized);
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying) {
            save();
        }
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_applying) {
            save();
        }
    });
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        auto* menu = new QMenu(m_view);
        menu->setObjectName(QStringLiteral("columnsMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        fillMenu(menu);
        menu->popup(header->viewport()->mapToGlobal(pos));
    });
    QAbstractItemModel* model = m_view->model();
    // Under a filter or sort proxy, the rows that arrive are the source's: a search that shows
    // rows again must not refit the columns to the few it shows.
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model)) {
        model = proxy->sourceModel();
    }
    if (model) {
        // Rows that arrive later (the first pets, a reload after a sync) may need other widths.
        connect(model, &QAbstractItemModel::modelReset, this, &TableColumns::onRowsArrived);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, model](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid() && model->rowCount() == last - first + 1) {
                        onRowsArrived();
                    }
                });
    }
}

void TableColumns::fillMenu(QMenu* menu)
{
    menu->clear();
    QHeaderView* header = m_view->horizontalHeader();
    int shown = 0;
    for (int c = 0; c < header->count(); ++c) {
        shown += header->isSectionHidden(c) ? 0 : 1;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu->addAction(m_view->model()->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column%1Action").arg(column));
        action->setCheckable(true);
        const bool hidden = header->isSectionHidden(column);
        action->setChecked(!hidden);
        const Column* s = spec(column);
        // The last column shown stays: a list without columns shows nothing to bring them back by.
        action->setEnabled((!s || s->hideable) && (hidden || shown > 1));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setShown(column, on); });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("&Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    reset->setToolTip(tr("Show the first columns in their first places, each as wide as its content"));
    connect(reset, &QAction::triggered, this, &TableColumns::reset);
}

void TableColumns::reset()
{
    QSettings().remove(m_group);
    m_userWidths.clear();
    QHeaderView* header = m_view->horizontalHeader();
    m_applying = true;
    for (int column = 0; column < header->count(); ++column) {
        header->moveSection(header->visualIndex(column), column);
        const Column* s = spec(column);
        header->setSectionHidden(column, s && !s->shownAtFirst);
    }
    m_applying = false;
    fitColumns();
}

void TableColumns::save()
{
    QVariantList widths;
    for (auto it = m_userWidths.cbegin(); it != m_userWidths.cend(); ++it) {
        widths << it.key() << it.value();
    }
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(QStringLiteral("version"), m_version);
    settings.setValue(QStringLiteral("columns"), m_view->horizontalHeader()->count());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("userWidths"), widths);
    m_dirty = false;
}

TableColumns::Fit TableColumns::measure(int column) const
{
    QHeaderView* header = m_view->horizontalHeader();
    const int ch = m_view->fontMetrics().averageCharWidth();
    // The title, with room for the sort arrow.
    int fixed = header->sectionSizeHint(column);
    // Public in QAbstractItemView: the widest of the measured rows, through the view's delegate.
    const int rows = static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column);
    int bounded = rows;
    if (const Column* s = spec(column)) {
        bounded = std::max(bounded, s->minChars * ch);
        if (s->maxChars > 0) {
            bounded = std::min(bounded, s->maxChars * ch);
        }
        fixed = std::max(fixed, samplesWidth(*s));
    }
    // A character's width of air, so that neighbouring columns' texts do not run together.
    return Fit{std::max(fixed, bounded) + ch, std::max({fixed, bounded, rows}) + ch};
}

bool TableColumns::eventFilter(QObject* watched, QEvent* event)
{
    // Compared with the pointers taken at the start: while the view is being destroyed its
    // children still send events, and the view must not be called then.
    if (watched == m_viewViewport && event->type() == QEvent::Resize) {
        layoutColumns(); // the room to share changed, not what the columns ask
    } else if (watched == m_headerViewport) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            m_mousePressed = true;
            break;
        case QEvent::MouseButtonRelease:
            m_mousePressed = false;
            if (m_dirty) {
                save();
            }
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

const TableColumns::Column* TableColumns::spec(int column) const
{
    const auto it =
        std::find_if(m_columns.begin(), m_columns.end(), [column](const Column& c) { return c.column == column; });
    return it == m_columns.end() ? nullptr : &*it;
}

int TableColumns::samplesWidth(const Column& column) const
{
    if (column.samples.isEmpty() || !m_view->model()) {
        return 0;
    }
    // The samples are drawn by the view's own delegate in this column, as rows would be (a delegate
    // may make some rows bold or give the column an icon).
    QStandardItemModel samples(static_cast<int>(column.samples.size()), m_view->model()->columnCount());
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.state &= ~QStyle::State_MouseOver;
    option.font = m_view->font();
    option.fontMetrics = QFontMetrics(option.font);
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.decorationAlignment = Qt::AlignCenter;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = m_view->textElideMode();
    option.showDecorationSelected =
        m_view->style()->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, nullptr, m_view) != 0;
    option.locale = m_view->locale();
    option.widget = m_view;
    QAbstractItemDelegate* delegate = m_view->itemDelegateForColumn(column.column);
    if (!delegate) {
        delegate = m_view->itemDelegate();
    }
    int width = 0;
    for (int row = 0; row < column.samples.size(); ++row) {
        auto* item = new QStandardItem(column.samples[row]);
        for (auto it = column.sampleData.cbegin(); it != column.sampleData.cend(); ++it) {
            item->setData(it.value(), it.key());
        }
        samples.setItem(row, column.column, item);
        width = std::max(width, delegate->sizeHint(option, samples.index(row, column.column)).width());
    }
    // QTableView counts the grid line in a column's width.
    return width + (m_view->showGrid() ? 1 : 0);
}

int TableColumns::stretchedSection() const
{
    QHeaderView* header = m_view->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            return column;
        }
    }
    return -1;
}

void TableColumns::applyViewSettings()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setResizeContentsPrecision(kMeasuredRows);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
}

void TableColumns::restore()
{
    QHeaderView* header = m_view->horizontalHeader();
    QSettings settings;
    settings.beginGroup(m_group);
    const bool sameLayout = settings.value(QStringLiteral("version")).toInt() == m_version &&
                            settings.value(QStringLiteral("columns")).toInt() == header->count();
    if (!sameLayout) {
        m_applying = true;
        for (int column = 0; column < header->count(); ++column) {
            const Column* s = spec(column);
            header->setSectionHidden(column, s && !s->shownAtFirst);
        }
        m_applying = false;
    }
    if (sameLayout) {
        m_applying = true;
        const bool restored = header->restoreState(settings.value(QStringLiteral("header")).toByteArray());
        // A layout written by an older build must not undo what this one sets.
        applyViewSettings();
        m_applying = false;
        const QVariantList widths = settings.value(QStringLiteral("userWidths")).toList();
        for (qsizetype i = 0; restored && i + 1 < widths.size(); i += 2) {
            const int column = widths[i].toInt();
            const int width = widths[i + 1].toInt();
            if (column >= 0 && column < header->count() && width > 0) {
                m_userWidths.insert(column, width);
            }
        }
        if (restored && m_view->isSortingEnabled() && header->isSortIndicatorShown()) {
            // restoreState() sets the arrow without announcing it: sort as it shows.
            m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    fitColumns();
}

void TableColumns::fitColumns()
{
    m_fits.clear();
    for (int column = 0; column < m_view->horizontalHeader()->count(); ++column) {
        m_fits.insert(column, measure(column));
    }
    layoutColumns();
}

void TableColumns::layoutColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int count = header->count();
    std::vector<int> widths(static_cast<std::size_t>(count));
    int used = 0;
    for (int column = 0; column < count; ++column) {
        const int width = m_userWidths.value(column, m_fits.value(column).bounded);
        widths[static_cast<std::size_t>(column)] = width;
        used += header->isSectionHidden(column) ? 0 : width;
    }
    int spare = m_view->viewport()->width() - used;
    const int stretched = stretchedSection();
    for (int visual = 0; visual < count && spare > 0; ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column) || m_userWidths.contains(column) || column == stretched) {
            continue;
        }
        int& width = widths[static_cast<std::size_t>(column)];
        const int grow = std::min(m_fits.value(column).whole - width, spare);
        if (grow > 0) {
            width += grow;
            spare -= grow;
        }
    }
    m_applying = true;
    for (int column = 0; column < count; ++column) {
        header->resizeSection(column, widths[static_cast<std::size_t>(column)]);
    }
    m_applying = false;
}

void TableColumns::setShown(int column, bool shown)
{
    QHeaderView* header = m_view->horizontalHeader();
    if (header->isSectionHidden(column) == !shown) {
        return;
    }
    m_applying = true;
    header->setSectionHidden(column, !shown);
    m_applying = false;
    layoutColumns();
    save();
}

void TableColumns::onSectionResized(int column, int, int newSize)
{
    // Only a drag or a double-click on the header is the user's: not our fitting, not the stretch
    // that follows the window's width, not a column being hidden.
    if (m_applying || !m_mousePressed || newSize <= 0 || column == stretchedSection()) {
        return;
    }
    m_userWidths.insert(column, newSize);
    m_dirty = true;
}

void TableColumns::onRowsArrived()
{
    fitColumns();
}

} // namespace petinfo::client
