// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the common library: the reader the wire decoders of WireCodec.cpp and
// AdoptionCodec.cpp share.

#include "petinfo/common/WireCodec.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace petinfo::wire {

using nlohmann::json;

/** Reads fields from one JSON object, remembering the first problem so that a decoder reads
 *  straight through and reports once at the end. */
class FieldReader final
{
public:
    explicit FieldReader(const FieldSource& source)
        : m_source(source)
    {}

    bool ok() const { return !m_error.has_value(); }
    DecodeError error() const { return *m_error; }

    void string(const char* key, std::string& out, bool required = false)
    {
        const json* v = find(key, required);
        if (!v) {
            return;
        }
        if (!v->is_string()) {
            setError(DecodeErrc::WrongType, key, "expected a string");
            return;
        }
        out = v->get<std::string>();
    }

    void boolean(const char* key, bool& out)
    {
        const json* v = find(key, false);
        if (!v) {
            return;
        }
        if (!v->is_boolean()) {
            setError(DecodeErrc::WrongType, key, "expected true or false");
            return;
        }
        out = v->get<bool>();
    }

    void integer(const char* key, std::int64_t& out)
    {
        const json* v = find(key, false);
        if (!v) {
            return;
        }
        if (!v->is_number_integer()) {
            setError(DecodeErrc::WrongType, key, "expected an integer");
            return;
        }
        out = v->get<std::int64_t>();
    }

    /** An integer that must fit an int (counts such as adults in a household). */
    void smallInteger(const char* key, int& out)
    {
        std::int64_t value = out;
        integer(key, value);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            setError(DecodeErrc::BadValue, key, "out of range");
            return;
        }
        out = static_cast<int>(value);
    }

    void number(const char* key, double& out, bool required = false)
    {
        const json* v = find(key, required);
        if (!v) {
            return;
        }
        if (!v->is_number()) {
            setError(DecodeErrc::WrongType, key, "expected a number");
            return;
        }
        out = v->get<double>();
    }

    void date(const char* key, Date& out, bool required = false)
    {
        std::optional<Date> value;
        optionalDate(key, value, required);
        if (value) {
            out = *value;
        }
    }

    void optionalDate(const char* key, std::optional<Date>& out, bool required = false)
    {
        const json* v = find(key, required);
        if (!v || v->is_null()) {
            if (v && required) {
                setError(DecodeErrc::MissingField, key, "is required");
            }
            return;
        }
        if (!v->is_string()) {
            setError(DecodeErrc::WrongType, key, "expected a date string YYYY-MM-DD");
            return;
        }
        const auto parsed = Date::fromIso(v->get<std::string>());
        if (!parsed) {
            setError(DecodeErrc::BadValue, key, "expected a valid date YYYY-MM-DD");
            return;
        }
        out = parsed;
    }

    template <typename E>
    void enumeration(const char* key, E& out)
    {
        const json* v = find(key, false);
        if (!v) {
            return;
        }
        if (!v->is_string()) {
            setError(DecodeErrc::WrongType, key, "expected a string");
            return;
        }
        const auto parsed = enumFromString<E>(v->get<std::string>());
        if (!parsed) {
            setError(DecodeErrc::BadValue, key, "unknown value");
            return;
        }
        out = *parsed;
    }

    void stringList(const char* key, std::vector<std::string>& out)
    {
        const json* v = find(key, false);
        if (!v) {
            return;
        }
        if (!v->is_array()) {
            setError(DecodeErrc::WrongType, key, "expected an array of strings");
            return;
        }
        std::vector<std::string> values;
        for (const json& item : *v) {
            if (!item.is_string()) {
                setError(DecodeErrc::WrongType, key, "expected an array of strings");
                return;
            }
            values.push_back(item.get<std::string>());
        }
        out = std::move(values);
    }

private:
    const json* find(const char* key, bool required)
    {
        if (!ok()) {
            return nullptr;
        }
        const json* value = m_source.find(key);
        if (!value && required) {
            setError(DecodeErrc::MissingField, key, "is required");
        }
        return value;
    }

    void setError(DecodeErrc code, const char* key, const char* what)
    {
        if (ok()) {
            m_error = DecodeError{code, std::string("field '") + key + "': " + what};
        }
    }

    const FieldSource& m_source;
    std::optional<DecodeError> m_error;
};

/** The members of a JSON object. */
class JsonFields final : public FieldSource
{
public:
    explicit JsonFields(const json& object)
        : m_object(object)
    {}

    const json* find(std::string_view key) const override
    {
        const auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

private:
    const json& m_object;
};

template <typename T>
Result<T, DecodeError> fromObject(const json& j, Result<T, DecodeError> (*decode)(const FieldSource&))
{
    if (!j.is_object()) {
        return fail(DecodeErrc::NotAnObject, "expected a JSON object");
    }
    return decode(JsonFields(j));
}

inline json dateOrNull(const std::optional<Date>& date)
{
    return date ? json(date->toIso()) : json(nullptr);
}

template <typename T>
Result<T, DecodeError> finish(const FieldReader& reader, T value)
{
    if (!reader.ok()) {
        return fail(reader.error());
    }
    return value;
}

} // namespace petinfo::wire
