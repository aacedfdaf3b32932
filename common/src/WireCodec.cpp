// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/WireCodec.h"

#include "FieldReader.h"

namespace petinfo {

using nlohmann::json;

namespace {

using wire::dateOrNull;
using wire::FieldReader;
using wire::finish;
using wire::fromObject;

} // namespace

std::string_view codeName(DecodeErrc code)
{
    switch (code) {
    case DecodeErrc::NotJson:
        return "not_json";
    case DecodeErrc::NotAnObject:
        return "not_an_object";
    case DecodeErrc::MissingField:
        return "missing_field";
    case DecodeErrc::WrongType:
        return "wrong_type";
    case DecodeErrc::BadValue:
        return "bad_value";
    }
    return "unknown";
}

Result<json, DecodeError> parseJson(std::string_view text)
{
    json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        return fail(DecodeErrc::NotJson, "the body is not valid JSON");
    }
    return value;
}

json toJson(const Pet& pet)
{
    return json{{"id", pet.id},
                {"name", pet.name},
                {"species", enumName(pet.species)},
                {"breed", pet.breed},
                {"sex", enumName(pet.sex)},
                {"neutered", enumName(pet.neutered)},
                {"birthDate", dateOrNull(pet.birthDate)},
                {"birthDateEstimated", pet.birthDateEstimated},
                {"colour", pet.colour},
                {"microchip", pet.microchip},
                {"microchip2", pet.microchip2},
                {"status", enumName(pet.status)},
                {"allergies", pet.allergies},
                {"conditions", pet.conditions},
                {"notes", pet.notes},
                {"tagId", pet.tagId},
                {"photoId", pet.photoId},
                {"createdAt", pet.createdAtMs},
                {"updatedAt", pet.updatedAtMs}};
}

Result<Pet, DecodeError> petFromJson(const json& j)
{
    return fromObject(j, &petFromFields);
}

Result<Pet, DecodeError> petFromFields(const FieldSource& fields)
{
    Pet p;
    FieldReader r(fields);
    r.string("id", p.id, true);
    r.string("name", p.name, true);
    r.enumeration("species", p.species);
    r.string("breed", p.breed);
    r.enumeration("sex", p.sex);
    r.enumeration("neutered", p.neutered);
    r.optionalDate("birthDate", p.birthDate);
    r.boolean("birthDateEstimated", p.birthDateEstimated);
    r.string("colour", p.colour);
    r.string("microchip", p.microchip);
    r.string("microchip2", p.microchip2);
    r.enumeration("status", p.status);
    r.string("allergies", p.allergies);
    r.string("conditions", p.conditions);
    r.string("notes", p.notes);
    r.string("tagId", p.tagId);
    r.string("photoId", p.photoId);
    r.integer("createdAt", p.createdAtMs);
    r.integer("updatedAt", p.updatedAtMs);
    return finish(r, std::move(p));
}

json toJson(const Person& person)
{
    return json{{"id", person.id},
                {"name", person.name},
                {"phones", person.phones},
                {"email", person.email},
                {"address", person.address},
                {"language", person.language},
                {"whatsappOptIn", person.whatsappOptIn},
                {"createdAt", person.createdAtMs},
                {"updatedAt", person.updatedAtMs}};
}

Result<Person, DecodeError> personFromJson(const json& j)
{
    return fromObject(j, &personFromFields);
}

Result<Person, DecodeError> personFromFields(const FieldSource& fields)
{
    Person p;
    FieldReader r(fields);
    r.string("id", p.id, true);
    r.string("name", p.name, true);
    r.stringList("phones", p.phones);
    r.string("email", p.email);
    r.string("address", p.address);
    r.string("language", p.language);
    r.boolean("whatsappOptIn", p.whatsappOptIn);
    r.integer("createdAt", p.createdAtMs);
    r.integer("updatedAt", p.updatedAtMs);
    return finish(r, std::move(p));
}

json toJson(const PetContact& contact)
{
    return json{{"petId", contact.petId},
                {"personId", contact.personId},
                {"role", enumName(contact.role)},
                {"primary", contact.primary}};
}

Result<PetContact, DecodeError> petContactFromJson(const json& j)
{
    return fromObject(j, &petContactFromFields);
}

Result<PetContact, DecodeError> petContactFromFields(const FieldSource& fields)
{
    PetContact c;
    FieldReader r(fields);
    r.string("petId", c.petId, true);
    r.string("personId", c.personId, true);
    r.enumeration("role", c.role);
    r.boolean("primary", c.primary);
    return finish(r, std::move(c));
}

json toJson(const HealthRecord& record)
{
    return json{{"id", record.id},
                {"petId", record.petId},
                {"kind", enumName(record.kind)},
                {"date", record.date.toIso()},
                {"product", record.product},
                {"batch", record.batch},
                {"nextDue", dateOrNull(record.nextDue)},
                {"givenBy", record.givenBy},
                {"notes", record.notes},
                {"createdAt", record.createdAtMs}};
}

Result<HealthRecord, DecodeError> healthRecordFromJson(const json& j)
{
    return fromObject(j, &healthRecordFromFields);
}

Result<HealthRecord, DecodeError> healthRecordFromFields(const FieldSource& fields)
{
    HealthRecord h;
    FieldReader r(fields);
    r.string("id", h.id, true);
    r.string("petId", h.petId, true);
    r.enumeration("kind", h.kind);
    r.date("date", h.date, true);
    r.string("product", h.product);
    r.string("batch", h.batch);
    r.optionalDate("nextDue", h.nextDue);
    r.string("givenBy", h.givenBy);
    r.string("notes", h.notes);
    r.integer("createdAt", h.createdAtMs);
    return finish(r, std::move(h));
}

json toJson(const WeightEntry& entry)
{
    return json{{"id", entry.id},
                {"petId", entry.petId},
                {"date", entry.date.toIso()},
                {"kg", entry.kg},
                {"createdAt", entry.createdAtMs}};
}

Result<WeightEntry, DecodeError> weightEntryFromJson(const json& j)
{
    return fromObject(j, &weightEntryFromFields);
}

Result<WeightEntry, DecodeError> weightEntryFromFields(const FieldSource& fields)
{
    WeightEntry w;
    FieldReader r(fields);
    r.string("id", w.id, true);
    r.string("petId", w.petId, true);
    r.date("date", w.date, true);
    r.number("kg", w.kg, true);
    r.integer("createdAt", w.createdAtMs);
    return finish(r, std::move(w));
}

json toJson(const Note& note)
{
    return json{{"id", note.id},
                {"petId", note.petId},
                {"text", note.text},
                {"createdAt", note.createdAtMs},
                {"updatedAt", note.updatedAtMs},
                {"author", note.author},
                {"showOnReports", note.showOnReports}};
}

Result<Note, DecodeError> noteFromJson(const json& j)
{
    return fromObject(j, &noteFromFields);
}

Result<Note, DecodeError> noteFromFields(const FieldSource& fields)
{
    Note n;
    FieldReader r(fields);
    r.string("id", n.id, true);
    r.string("petId", n.petId, true);
    r.string("text", n.text, true);
    r.integer("createdAt", n.createdAtMs);
    r.integer("updatedAt", n.updatedAtMs);
    // Both absent in notes written before they existed: no author known, not on reports.
    r.string("author", n.author);
    r.boolean("showOnReports", n.showOnReports);
    return finish(r, std::move(n));
}

json toJson(const Attachment& a)
{
    return json{{"id", a.id},
                {"petId", a.petId},
                {"healthRecordId", a.healthRecordId},
                {"kind", enumName(a.kind)},
                {"fileName", a.fileName},
                {"mimeType", a.mimeType},
                {"sha256", a.sha256},
                {"size", a.size},
                {"createdAt", a.createdAtMs}};
}

Result<Attachment, DecodeError> attachmentFromJson(const json& j)
{
    return fromObject(j, &attachmentFromFields);
}

Result<Attachment, DecodeError> attachmentFromFields(const FieldSource& fields)
{
    Attachment a;
    FieldReader r(fields);
    r.string("id", a.id, true);
    r.string("petId", a.petId, true);
    r.string("healthRecordId", a.healthRecordId);
    r.enumeration("kind", a.kind);
    r.string("fileName", a.fileName);
    r.string("mimeType", a.mimeType);
    r.string("sha256", a.sha256, true);
    r.integer("size", a.size);
    r.integer("createdAt", a.createdAtMs);
    return finish(r, std::move(a));
}

} // namespace petinfo
