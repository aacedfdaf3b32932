// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/OpenApi.h"

#include <fstream>
#include <regex>
#include <stdexcept>

#ifndef PETINFO_OPENAPI_JSON
#error "PETINFO_OPENAPI_JSON must name the OpenAPI file converted to JSON"
#endif

namespace petinfo::test {

using nlohmann::json;

const OpenApi& OpenApi::load()
{
    static const OpenApi api = [] {
        OpenApi a;
        std::ifstream in(PETINFO_OPENAPI_JSON);
        a.m_spec = json::parse(in, nullptr, false);
        if (!a.m_spec.is_object() || !a.m_spec.contains("paths")) {
            throw std::runtime_error("cannot read " PETINFO_OPENAPI_JSON);
        }
        const bool securedByDefault = a.m_spec.contains("security") && !a.m_spec["security"].empty();
        for (const auto& [path, item] : a.m_spec["paths"].items()) {
            for (const auto& [method, op] : item.items()) {
                if (method == "parameters") {
                    continue;
                }
                Operation o;
                for (char c : method) {
                    o.method += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
                }
                o.path = path;
                o.secured = op.contains("security") ? !op["security"].empty() : securedByDefault;
                for (const auto& [status, response] : op["responses"].items()) {
                    o.statuses.insert(std::stoi(status));
                }
                o.spec = &op;
                a.m_operations.push_back(std::move(o));
            }
        }
        return a;
    }();
    return api;
}

const OpenApi::Operation* OpenApi::find(const std::string& method, const std::string& path) const
{
    for (const Operation& o : m_operations) {
        if (o.method == method && o.path == path) {
            return &o;
        }
    }
    return nullptr;
}

const json& OpenApi::resolve(const json& schema) const
{
    const json* s = &schema;
    for (int depth = 0; depth < 20 && s->is_object() && s->contains("$ref"); ++depth) {
        const std::string ref = (*s)["$ref"];
        const std::string prefix = "#/components/";
        if (ref.rfind(prefix, 0) != 0) {
            throw std::runtime_error("unsupported $ref " + ref);
        }
        const auto slash = ref.find('/', prefix.size());
        s = &m_spec["components"][ref.substr(prefix.size(), slash - prefix.size())][ref.substr(slash + 1)];
    }
    return *s;
}

const json* OpenApi::jsonSchema(const Operation& op, int status) const
{
    const json& responses = (*op.spec)["responses"];
    const std::string key = std::to_string(status);
    if (!responses.contains(key)) {
        return nullptr;
    }
    const json& response = resolve(responses[key]);
    if (!response.contains("content") || !response["content"].contains("application/json")) {
        return nullptr;
    }
    return &response["content"]["application/json"]["schema"];
}

std::string OpenApi::validate(const json& rawSchema, const json& value, const std::string& where) const
{
    const json& schema = resolve(rawSchema);
    if (schema.contains("allOf")) {
        for (const json& part : schema["allOf"]) {
            if (std::string e = validate(part, value, where); !e.empty()) {
                return e;
            }
        }
    }
    if (value.is_null()) {
        if (schema.value("nullable", false) || !schema.contains("type")) {
            return {};
        }
        return where + ": null where " + schema["type"].get<std::string>() + " is required";
    }
    if (schema.contains("type")) {
        const std::string type = schema["type"];
        const bool ok = (type == "object" && value.is_object()) || (type == "array" && value.is_array()) ||
                        (type == "string" && value.is_string()) || (type == "integer" && value.is_number_integer()) ||
                        (type == "number" && value.is_number()) || (type == "boolean" && value.is_boolean());
        if (!ok) {
            return where + ": expected " + type + ", got " + value.dump();
        }
    }
    if (schema.contains("enum")) {
        bool found = false;
        for (const json& allowed : schema["enum"]) {
            found = found || allowed == value;
        }
        if (!found) {
            return where + ": " + value.dump() + " is not one of " + schema["enum"].dump();
        }
    }
    if (schema.contains("pattern") && value.is_string()) {
        if (!std::regex_search(value.get<std::string>(), std::regex(schema["pattern"].get<std::string>()))) {
            return where + ": " + value.dump() + " does not match " + schema["pattern"].get<std::string>();
        }
    }
    if (value.is_object()) {
        for (const json& name : schema.value("required", json::array())) {
            if (!value.contains(name.get<std::string>())) {
                return where + ": missing required " + name.get<std::string>();
            }
        }
        const json properties = schema.value("properties", json::object());
        for (const auto& [key, member] : value.items()) {
            if (properties.contains(key)) {
                if (std::string e = validate(properties[key], member, where + "." + key); !e.empty()) {
                    return e;
                }
            } else if (schema.contains("additionalProperties") && schema["additionalProperties"].is_object()) {
                if (std::string e = validate(schema["additionalProperties"], member, where + "." + key); !e.empty()) {
                    return e;
                }
            }
        }
    }
    if (value.is_array() && schema.contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (std::string e = validate(schema["items"], value[i], where + "[" + std::to_string(i) + "]");
                !e.empty()) {
                return e;
            }
        }
    }
    return {};
}

} // namespace petinfo::test
