// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace petinfo::test {

/** The OpenAPI file (server/openapi/petinfo-v1.yaml, converted to JSON at build time). */
class OpenApi
{
public:
    static const OpenApi& load();

    struct Operation
    {
        std::string method; ///< upper case
        std::string path;   ///< as in the spec: /api/v1/pets/{petId}
        bool secured = true;
        std::set<int> statuses;
        const nlohmann::json* spec = nullptr;
    };
    const std::vector<Operation>& operations() const { return m_operations; }
    const Operation* find(const std::string& method, const std::string& path) const;

    /** The JSON schema of a status's application/json body, or nullptr when it has none. */
    const nlohmann::json* jsonSchema(const Operation& op, int status) const;
    /** Empty when `value` conforms to `schema` (type, nullable, required, properties, items, enum,
     *  pattern, allOf, $ref, additionalProperties); otherwise where and why it does not. */
    std::string validate(const nlohmann::json& schema, const nlohmann::json& value,
                         const std::string& where = "$") const;

private:
    const nlohmann::json& resolve(const nlohmann::json& schema) const;
    nlohmann::json m_spec;
    std::vector<Operation> m_operations;
};

} // namespace petinfo::test
