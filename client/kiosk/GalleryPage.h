// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace petinfo::client {

class AnimalCardDelegate;
class AnimalFilterProxyModel;
class AnimalModel;

/** The visitors' home: every adoptable animal as a card in a grid that scrolls with a finger, and
 *  the filters above it (species, age, size, good with children / dogs / cats). */
class GalleryPage final : public QWidget
{
    Q_OBJECT

public:
    GalleryPage(AnimalModel& animals, QWidget* parent = nullptr);

    AnimalFilterProxyModel& filter() { return *m_filter; }
    QListView* view() const { return m_view; }
    AnimalCardDelegate* cardDelegate() const { return m_delegate; }
    /** Back to every animal at the top (after a visitor left). */
    void resetFilters();

Q_SIGNALS:
    void animalChosen(const QString& petId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPushButton* toggle(const QString& text, const char* name);
    void applyFilters();
    void layoutCards();
    void refreshCount();

    AnimalModel& m_animals;
    AnimalFilterProxyModel* m_filter;
    AnimalCardDelegate* m_delegate;
    QButtonGroup* m_species;
    QComboBox* m_age;
    QComboBox* m_size;
    QPushButton* m_children;
    QPushButton* m_dogs;
    QPushButton* m_cats;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QListView* m_view;
};

} // namespace petinfo::client
