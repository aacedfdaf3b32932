// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace petinfo::client {

class OrganisationService;
class Prompts;

/** The organisation's public adoption page in the Adoption window: its full address
 *  (`<public base URL>/adopt/<slug>`) with Copy and Open, and for admins Change Address…
 *  (PublicSlugDialog). Hidden on a computer that is not signed in to a server: there is no page. */
class PublicPageBox final : public QFrame
{
    Q_OBJECT

public:
    PublicPageBox(OrganisationService& service, Prompts& prompts, QWidget* parent = nullptr);

    /** The page's address; empty while it is not known. */
    QUrl pageUrl() const { return m_url; }

    /** Opens a web address outside the app; QDesktopServices::openUrl unless a test replaces it. */
    using UrlOpener = std::function<bool(const QUrl&)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    /** A read from the server ended (ok: the server answered). */
    void refreshed(bool ok);

public Q_SLOTS:
    /** Reads the address from the server again (a short request; the window stays responsive). */
    void refresh();
    /** Opens the dialog that changes the address (window-modal, non-blocking); null for a member
     *  who is not an admin. */
    QDialog* changeAddress();

private:
    void showSlug(const QString& slug);
    /** Text instead of the address: a problem (in the error colour) or a state. */
    void showProblem(const QString& text, bool isError = true);

    OrganisationService& m_service;
    Prompts& m_prompts;
    QUrl m_url;
    UrlOpener m_openUrl;
    QLineEdit* m_address;
    QLabel* m_problem;
    QPushButton* m_copy;
    QPushButton* m_open;
    QPushButton* m_change;
};

/** An admin chooses the public adoption page's address: the slug, with the whole address shown
 *  as it is typed and the server's answer (taken, not allowed) in plain words. */
class PublicSlugDialog final : public QDialog
{
    Q_OBJECT

public:
    PublicSlugDialog(OrganisationService& service, const QString& baseUrl, QWidget* parent = nullptr);

    /** Saves on the server; stays open with the reason when it is refused. */
    void accept() override;

private:
    void updatePreview();

    OrganisationService& m_service;
    QString m_baseUrl;
    QLineEdit* m_slug;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace petinfo::client
