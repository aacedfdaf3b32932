// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleData.h"

#include "petinfo/common/Random.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>

#include <array>
#include <random>

namespace petinfo::bench {

namespace {
constexpr std::array kNames{
    "Luna", "Max", "Bella", "Rocky", "Olivia", "Simba", "Milo", "Coco", "Bartholomew Fluffington", "Nala"};
constexpr std::array kBreeds{"Labrador Retriever", "Mixed breed", "Siamese", "Border Collie", "European Shorthair", ""};
constexpr std::array kVaccines{"Rabies", "DHPPi", "Leptospirosis", "Feline trivalent", "Kennel cough"};
constexpr std::array kDewormers{"Milbemax", "Drontal Plus", "Bravecto", "NexGard Spectra"};
constexpr std::array kTreatments{"Amoxicillin 250 mg", "Dental cleaning", "Blood panel", "Annual check-up",
                                 "Spay surgery"};
constexpr std::array kVets{"Dr. García", "Dr. Smith", "Clínica Norte", ""};
} // namespace

QByteArray samplePhoto(int seed)
{
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 640, 480);
    g.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 60, 230));
    g.setColorAt(1, QColor::fromHsv((seed * 47 + 120) % 360, 90, 150));
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(120, 80, 40));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(320, 270), 150, 130);
    p.drawEllipse(QPointF(210, 150), 55, 80);
    p.drawEllipse(QPointF(430, 150), 55, 80);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(270, 240), 22, 22);
    p.drawEllipse(QPointF(370, 240), 22, 22);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

report::ReportData sampleReport(int records, int seed)
{
    std::mt19937 rng(static_cast<unsigned>(seed));
    const auto pick = [&rng](const auto& list) {
        return std::string(list[rng() % list.size()]);
    };
    report::ReportData data;
    data.pet.id = newUuid();
    data.pet.name = "Luna";
    data.pet.species = Species::Dog;
    data.pet.breed = "Labrador Retriever";
    data.pet.sex = Sex::Female;
    data.pet.neutered = Neutered::Yes;
    data.pet.birthDate = Date{2019, 4, 12};
    data.pet.colour = "Black, white patch on the chest";
    data.pet.microchip = "985112345678901";
    data.pet.status = PetStatus::Owned;
    data.pet.allergies = "Penicillin";
    data.pet.tagId = newTagId();
    data.owner = Person{};
    data.owner->name = "María Fernández";
    data.owner->phones = {"+5491123456789", "+5491198765432"};
    data.owner->email = "maria.fernandez@example.com";
    data.owner->address = "Av. Corrientes 1234, Buenos Aires";
    data.today = Date{2025, 3, 1};
    data.generatedAt = QDateTime(QDate(2025, 3, 1), QTime(10, 30));
    data.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    data.publicBaseUrl = kBaseUrl;
    data.organisation = QStringLiteral("Clínica Veterinaria Norte");
    data.photo = samplePhoto(seed);
    // Records run up to "today", so the newest doses show every due state.
    Date date = data.today.addDays(-static_cast<std::int64_t>(records) * 8 - 200);
    for (int i = 0; i < records; ++i) {
        HealthRecord r;
        r.id = newUuid();
        r.petId = data.pet.id;
        r.date = date;
        r.givenBy = pick(kVets);
        const int kind = i % 4;
        if (kind == 0 || kind == 1) {
            r.kind = HealthKind::Vaccine;
            r.product = pick(kVaccines);
            r.batch = "LOT-" + std::to_string(10000 + rng() % 90000);
            r.nextDue = date.addMonths(12);
        } else if (kind == 2) {
            r.kind = rng() % 2 ? HealthKind::Deworming : HealthKind::FleaTick;
            r.product = pick(kDewormers);
            r.nextDue = date.addMonths(3);
        } else {
            const std::array kinds{HealthKind::Treatment, HealthKind::Surgery, HealthKind::CheckUp, HealthKind::Lab};
            r.kind = kinds[rng() % kinds.size()];
            r.product = pick(kTreatments);
            r.notes = "Tolerated well. Review in two weeks if the cough persists; owner to report appetite.";
        }
        data.records.push_back(r);
        date = date.addDays(static_cast<std::int64_t>(3 + rng() % 12));
    }
    const int weighings = std::max(6, records / 4);
    Date weighDay = data.today.addDays(-static_cast<std::int64_t>(weighings) * 30);
    double kg = 8.0;
    for (int i = 0; i < weighings; ++i) {
        WeightEntry w;
        w.id = newUuid();
        w.petId = data.pet.id;
        w.date = weighDay;
        kg = std::min(32.0, kg + (static_cast<int>(rng() % 100) - 30) / 40.0);
        w.kg = kg;
        data.weights.push_back(w);
        weighDay = weighDay.addDays(30);
    }
    for (int i = 0; i < 4; ++i) {
        Note n;
        n.id = newUuid();
        n.petId = data.pet.id;
        n.text = i == 0 ? "Very friendly with other dogs. Afraid of thunderstorms: keep indoors when a storm is "
                          "forecast. Eats twice a day, 300 g of dry food each time."
                        : "Follow-up visit: all fine.";
        n.createdAtMs = 1700000000000LL + i * 86400000LL * 40;
        data.notes.push_back(n);
    }
    return data;
}

std::vector<report::TagItem> sampleTags(int count, int seed)
{
    std::mt19937 rng(static_cast<unsigned>(seed));
    std::vector<report::TagItem> items;
    for (int i = 0; i < count; ++i) {
        report::TagItem item;
        item.tagId = newTagId();
        if (i % 3 != 2) {
            Pet pet;
            pet.id = newUuid();
            pet.name = kNames[rng() % kNames.size()];
            pet.breed = kBreeds[rng() % kBreeds.size()];
            pet.species = rng() % 2 ? Species::Dog : Species::Cat;
            pet.sex = rng() % 2 ? Sex::Male : Sex::Female;
            pet.birthDate = Date{2020 + static_cast<int>(rng() % 4), 1 + static_cast<unsigned>(rng() % 12), 10};
            pet.microchip = "98511" + std::to_string(1000000000 + rng() % 900000000);
            pet.status = static_cast<PetStatus>(rng() % 4);
            pet.colour = "Tabby";
            pet.tagId = item.tagId;
            item.pet = pet;
            item.photo = samplePhoto(i + seed);
        }
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace petinfo::bench
