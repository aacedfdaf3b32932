// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <vector>

class QMenu;
class QTableView;

namespace petinfo::client {

/** The columns of a list view, as a person sets them up: each sized to what it shows in the language
 *  of the day (every status label, a full microchip, the widest date), the last one stretching over
 *  the rest; widths dragged, columns moved or hidden and the sort kept between runs; a context menu
 *  on the header (and the same entries for a View menu) to show or hide columns and reset them.
 *
 *  Kept in QSettings under `columns/<name>` with the header's own saveState() and a layout version:
 *  a saved layout of another version or another number of columns is ignored, so a changed set of
 *  columns starts from the defaults. Only the widths a person dragged are kept as such; the other
 *  columns are sized again at every start, so a switch to a language with longer words cuts nothing. */
class TableColumns final : public QObject
{
    Q_OBJECT

public:
    /** How one column is sized by default. */
    struct Column
    {
        int column = 0;
        /** Texts the column can show whatever rows are loaded: every label of an enum, a full
         *  microchip, a long date. Measured as the view would draw them in this column. */
        QStringList samples = {};
        /** Item data the samples are drawn with (e.g. the due state that makes a row bold). */
        QMap<int, QVariant> sampleData = {};
        /** Bounds for what the loaded rows ask, in average characters of the view's font (0: none).
         *  Free text (names, breeds) is bounded above; the title and the samples never are. */
        int minChars = 0;
        int maxChars = 0;
        /** The column that names a row cannot be hidden. */
        bool hideable = true;
        /** Hidden until the user shows it (View > Columns): extra detail a narrow screen has no
         *  room for by default. */
        bool shownAtFirst = true;
    };

    /** Sets the view's columns up (a previous run's layout if there is one) and follows them.
     *  `name` keys the settings; raise `version` whenever the model's columns change. */
    TableColumns(QTableView* view, const QString& name, int version, std::vector<Column> columns);

    /** One checkable entry per column (disabled for those that cannot be hidden), then
     *  "Reset Columns". Refills `menu`: call it each time the menu is about to show. */
    void fillMenu(QMenu* menu);
    /** The default order and columns shown, every width fitted again; forgets the saved layout. */
    void reset();
    /** Writes the layout now (after a drag it is written when the mouse button is released). */
    void save();

    /** The width a column's whole content asks: title and sort arrow, samples, measured rows. */
    int contentWidth(int column) const { return measure(column).whole; }
    /** Whether a person set this column's width (it is then kept, not fitted). */
    bool isSizedByUser(int column) const { return m_userWidths.contains(column); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /** What a column asks: its content within the bounds of its Column, and its whole content. */
    struct Fit
    {
        int bounded = 0;
        int whole = 0;
    };

    Fit measure(int column) const;
    const Column* spec(int column) const;
    int samplesWidth(const Column& column) const;
    /** The section the header stretches: the last shown one. */
    int stretchedSection() const;
    void applyViewSettings();
    void restore();
    /** Measures every column (at the start, when rows arrive) and lays them out. */
    void fitColumns();
    /** Gives each column the user's width, else its bounded content; then room the view has to
     *  spare goes to bounded columns whose content is wider, so a long owner name is cut only
     *  when the window is too narrow for it. The last column stretches over what is left. */
    void layoutColumns();
    void setShown(int column, bool shown);
    void onSectionResized(int column, int oldSize, int newSize);
    void onRowsArrived();

    QTableView* m_view;
    QObject* m_headerViewport = nullptr; ///< only compared with, in eventFilter()
    QObject* m_viewViewport = nullptr;
    QString m_group;
    int m_version;
    std::vector<Column> m_columns;
    QHash<int, int> m_userWidths; ///< column -> width a person gave it
    QHash<int, Fit> m_fits;       ///< column -> what it asks, measured by fitColumns()
    bool m_applying = false;      ///< our own changes, not the user's
    bool m_mousePressed = false;  ///< a drag or double-click on the header is under way
    bool m_dirty = false;
};

} // namespace petinfo::client
