// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpError.h"

namespace petinfo::server {

nlohmann::json errorBody(const ApiError& error, const std::string& requestId)
{
    nlohmann::json inner{{"code", error.code()}, {"message", error.message()}, {"requestId", requestId}};
    if (error.extra().is_object()) {
        for (const auto& [key, value] : error.extra().items()) {
            if (!inner.contains(key)) {
                inner[key] = value;
            }
        }
    }
    return nlohmann::json{{"error", std::move(inner)}};
}

} // namespace petinfo::server
