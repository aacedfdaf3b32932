// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/ServerProcess.h"
#include "support/SyncDevice.h"

#include <memory>
#include <string>
#include <vector>

namespace petinfo::test {

/** A shelter on a real server with animals for the public adoption page: Toby (adoptable, a
 *  public and a private photo, a previous owner, a health record, a microchip and private notes),
 *  Mia (in care) and Luna (reserved). The strings that must never reach a public page are in
 *  `secrets`. */
struct AdoptionShelter
{
    AdoptionShelter(const ServerProcess& server, const std::string& name);

    Account admin;
    std::unique_ptr<SyncDevice> desk;
    std::string slug;
    std::string toby, mia, luna;
    std::string publicPhoto, privatePhoto; ///< attachment ids
    std::string publicPng, privatePng;     ///< their bytes
    std::vector<std::string> secrets;

    /** Another adoptable animal (a cat) with no photo; its id. */
    std::string addAdoptable(const std::string& name, const nlohmann::json& profile = nlohmann::json::object());
    /** Every live application after a full pull of the desk. */
    std::vector<sync::SyncRow> applications();

private:
    const ServerProcess& m_server;
};

/** GET with an Accept-Language header (none when empty). */
HttpResponse getPage(const ServerProcess& server, const std::string& path, const std::string& acceptLanguage = {});
/** POST of a form body to a path (the default content type of forms). */
HttpResponse postForm(const ServerProcess& server, const std::string& path, const std::string& body,
                      const std::string& contentType = "application/x-www-form-urlencoded",
                      const std::vector<std::pair<std::string, std::string>>& headers = {});
/** The form token of a page's form (fails the test when there is none). */
std::string formTokenOf(const std::string& html);
/** A complete, valid application form body for the public page, with `extra` appended. */
std::string applicationBody(const std::string& token, const std::string& name = "Lucía Fernández",
                            const std::string& extra = {});

} // namespace petinfo::test
