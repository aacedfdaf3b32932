// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/AdoptionCodec.h"

#include "FieldReader.h"

namespace petinfo {

using nlohmann::json;
using wire::FieldReader;
using wire::finish;
using wire::fromObject;

json toJson(const Intake& intake)
{
    return json{{"id", intake.id},
                {"petId", intake.petId},
                {"date", intake.date.toIso()},
                {"source", enumName(intake.source)},
                {"broughtBy", intake.broughtBy},
                {"broughtByPhone", intake.broughtByPhone},
                {"personId", intake.personId},
                {"notes", intake.notes},
                {"createdAt", intake.createdAtMs}};
}

Result<Intake, DecodeError> intakeFromFields(const FieldSource& fields)
{
    Intake i;
    FieldReader r(fields);
    r.string("id", i.id, true);
    r.string("petId", i.petId, true);
    r.date("date", i.date, true);
    r.enumeration("source", i.source);
    r.string("broughtBy", i.broughtBy);
    r.string("broughtByPhone", i.broughtByPhone);
    r.string("personId", i.personId);
    r.string("notes", i.notes);
    r.integer("createdAt", i.createdAtMs);
    return finish(r, std::move(i));
}

json toJson(const AdoptionProfile& profile)
{
    return json{{"id", profile.petId},
                {"petId", profile.petId},
                {"status", enumName(profile.status)},
                {"statusDate", wire::dateOrNull(profile.statusDate)},
                {"description", profile.description},
                {"size", enumName(profile.size)},
                {"energy", enumName(profile.energy)},
                {"goodWithDogs", enumName(profile.goodWithDogs)},
                {"goodWithCats", enumName(profile.goodWithCats)},
                {"goodWithChildren", enumName(profile.goodWithChildren)},
                {"feeMinor", profile.feeMinor},
                {"feeCurrency", profile.feeCurrency},
                {"photoIds", profile.photoIds},
                {"updatedAt", profile.updatedAtMs}};
}

Result<AdoptionProfile, DecodeError> adoptionProfileFromFields(const FieldSource& fields)
{
    AdoptionProfile p;
    FieldReader r(fields);
    std::string id;
    r.string("id", id, true);
    r.string("petId", p.petId);
    if (p.petId.empty()) {
        p.petId = id; // the row id is the pet's id
    }
    r.enumeration("status", p.status);
    r.optionalDate("statusDate", p.statusDate);
    r.string("description", p.description);
    r.enumeration("size", p.size);
    r.enumeration("energy", p.energy);
    r.enumeration("goodWithDogs", p.goodWithDogs);
    r.enumeration("goodWithCats", p.goodWithCats);
    r.enumeration("goodWithChildren", p.goodWithChildren);
    r.integer("feeMinor", p.feeMinor);
    r.string("feeCurrency", p.feeCurrency);
    r.stringList("photoIds", p.photoIds);
    r.integer("updatedAt", p.updatedAtMs);
    return finish(r, std::move(p));
}

json toJson(const StatusChange& change)
{
    return json{{"id", change.id},
                {"subject", enumName(change.subject)},
                {"subjectId", change.subjectId},
                {"fromStatus", change.fromStatus},
                {"toStatus", change.toStatus},
                {"date", change.date.toIso()},
                {"at", change.atMs},
                {"note", change.note},
                {"author", change.author}};
}

Result<StatusChange, DecodeError> statusChangeFromFields(const FieldSource& fields)
{
    StatusChange c;
    FieldReader r(fields);
    r.string("id", c.id, true);
    r.enumeration("subject", c.subject);
    r.string("subjectId", c.subjectId, true);
    r.string("fromStatus", c.fromStatus);
    r.string("toStatus", c.toStatus, true);
    r.date("date", c.date, true);
    r.integer("at", c.atMs);
    r.string("note", c.note);
    r.string("author", c.author);
    return finish(r, std::move(c));
}

json toJson(const AdoptionApplication& a)
{
    return json{{"id", a.id},
                {"petIds", a.petIds},
                {"applicantName", a.applicantName},
                {"phone", a.phone},
                {"email", a.email},
                {"address", a.address},
                {"adults", a.adults},
                {"children", a.children},
                {"childrenAges", a.childrenAges},
                {"otherPets", a.otherPets},
                {"homeType", enumName(a.homeType)},
                {"yard", enumName(a.yard)},
                {"landlordPermitsPets", enumName(a.landlordPermitsPets)},
                {"experience", a.experience},
                {"message", a.message},
                {"consentText", a.consentText},
                {"consentAccepted", a.consentAccepted},
                {"signatureStrokes", a.signatureStrokes},
                {"signatureName", a.signatureName},
                {"channel", enumName(a.channel)},
                {"deviceId", a.deviceId},
                {"eventName", a.eventName},
                {"submittedAt", a.submittedAtMs},
                {"submittedFrom", a.submittedFrom},
                {"status", enumName(a.status)},
                {"statusAt", a.statusAtMs},
                {"staffNotes", a.staffNotes},
                {"personId", a.personId},
                {"completedAt", a.completedAtMs},
                {"createdAt", a.createdAtMs},
                {"updatedAt", a.updatedAtMs}};
}

Result<AdoptionApplication, DecodeError> adoptionApplicationFromFields(const FieldSource& fields)
{
    AdoptionApplication a;
    FieldReader r(fields);
    r.string("id", a.id, true);
    r.stringList("petIds", a.petIds);
    r.string("applicantName", a.applicantName, true);
    r.string("phone", a.phone);
    r.string("email", a.email);
    r.string("address", a.address);
    r.smallInteger("adults", a.adults);
    r.smallInteger("children", a.children);
    r.string("childrenAges", a.childrenAges);
    r.string("otherPets", a.otherPets);
    r.enumeration("homeType", a.homeType);
    r.enumeration("yard", a.yard);
    r.enumeration("landlordPermitsPets", a.landlordPermitsPets);
    r.string("experience", a.experience);
    r.string("message", a.message);
    r.string("consentText", a.consentText);
    r.boolean("consentAccepted", a.consentAccepted);
    r.string("signatureStrokes", a.signatureStrokes);
    r.string("signatureName", a.signatureName);
    r.enumeration("channel", a.channel);
    r.string("deviceId", a.deviceId);
    r.string("eventName", a.eventName);
    r.integer("submittedAt", a.submittedAtMs);
    r.string("submittedFrom", a.submittedFrom);
    r.enumeration("status", a.status);
    r.integer("statusAt", a.statusAtMs);
    r.string("staffNotes", a.staffNotes);
    r.string("personId", a.personId);
    r.integer("completedAt", a.completedAtMs);
    r.integer("createdAt", a.createdAtMs);
    r.integer("updatedAt", a.updatedAtMs);
    return finish(r, std::move(a));
}

Result<Intake, DecodeError> intakeFromJson(const json& j)
{
    return fromObject(j, &intakeFromFields);
}

Result<AdoptionProfile, DecodeError> adoptionProfileFromJson(const json& j)
{
    return fromObject(j, &adoptionProfileFromFields);
}

Result<StatusChange, DecodeError> statusChangeFromJson(const json& j)
{
    return fromObject(j, &statusChangeFromFields);
}

Result<AdoptionApplication, DecodeError> adoptionApplicationFromJson(const json& j)
{
    return fromObject(j, &adoptionApplicationFromFields);
}

} // namespace petinfo
