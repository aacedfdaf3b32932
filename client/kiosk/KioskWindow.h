// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace petinfo {
class Clock;
}

namespace petinfo::client {

class IdleWatcher;
class PinPage;
class StaffPage;

/** How long the kiosk waits before it acts by itself (tests shorten them). */
struct KioskTiming
{
    int idleResetMs = 90'000;      ///< no input anywhere: wipe the form, back to the gallery
    int slideshowAfterMs = 45'000; ///< an idle gallery becomes a slideshow
    int slideIntervalMs = 6'000;   ///< one animal per slide
    int thankYouMs = 15'000;       ///< the thank-you screen, then the gallery
};

/** The locked-down kiosk window: frameless, full screen, on top of everything, with no menus.
 *  Escape, Alt+F4, Ctrl+Q and closing the window do nothing; only staff with the PIN may leave.
 *  It shows one page at a time (the home page is the gallery) under a top bar, and sends the
 *  visitor back home after a spell with no input anywhere. */
class KioskWindow final : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(QByteArray pinHash, const Clock& clock, KioskTiming timing, QWidget* parent = nullptr);
    ~KioskWindow() override;

    /** Shows the window full screen and on top. */
    void lockDown();
    void setTitle(const QString& title);
    /** The page shown at start and after idleness; the window takes ownership. */
    void setHomePage(QWidget* page);
    /** Adds a page (owned by the window) without showing it. */
    void addPage(QWidget* page);
    /** Adds a page (owned by the window) if needed, and shows it. */
    void showPage(QWidget* page);
    void goHome();
    QWidget* currentPage() const;
    QWidget* homePage() const { return m_home; }
    const KioskTiming& timing() const { return m_timing; }
    IdleWatcher& idleWatcher() { return *m_idle; }

    void setWaiting(qint64 applications);
    void setSyncText(const QString& text);
    /** Whether staff unlocked the way out (after which closing is allowed). */
    bool isExitAllowed() const { return m_exitAllowed; }

Q_SIGNALS:
    /** No input for idleResetMs: whatever the visitor was doing is to be forgotten. */
    void idleReset();
    /** The home page was shown again (after idleness, "back" or a finished application). */
    void wentHome();
    /** Another page is shown. */
    void pageChanged(QWidget* page);
    /** Staff asked to send now. */
    void syncNowRequested();
    /** Staff entered the PIN and chose to leave; the window has closed. */
    void exitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showStaffLogin();
    void onIdle();
    void leave();

    KioskTiming m_timing;
    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_waiting;
    QPushButton* m_staffButton;
    QWidget* m_home = nullptr;
    PinPage* m_pin;
    StaffPage* m_staff;
    IdleWatcher* m_idle;
    bool m_exitAllowed = false;
    int m_basePixelSize = 0;
};

/** Whether a key press is one that would leave or close a window (Escape, Alt+F4, Ctrl+Q, Ctrl+W,
 *  Cmd+Q): the kiosk swallows those. */
bool isLeavingKey(const QKeyEvent* event);

} // namespace petinfo::client
