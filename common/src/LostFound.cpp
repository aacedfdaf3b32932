// SPDX-License-Identifier: GPL-3.0-or-later
#include "petinfo/common/LostFound.h"

#include <algorithm>
#include <cstdlib>
#include <set>

namespace petinfo {

namespace {

/** Lower-case ASCII with the Latin-1 accented letters of Spanish and Portuguese folded to their
 *  base letter; other bytes as they are. */
std::string fold(std::string_view text)
{
    // U+00C0..U+00FF (UTF-8 C3 80..C3 BF) → base letters; '?' for those that are not letters.
    static constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo?ouuuuyts"
                                                "aaaaaaaceeeeiiiidnooooo?ouuuuyty";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0xBF) {
                out += kLatin1[next - 0x80];
                ++i;
                continue;
            }
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    }
    return out;
}

std::vector<std::string> words(std::string_view text, std::size_t minLength)
{
    static const std::set<std::string, std::less<>> kStop{
        "and",  "with",  "the",   "near",  "del",     "las", "los", "con",    "com",    "das",    "dos",    "por",
        "para", "cerca", "perto", "calle", "avenida", "av",  "rua", "street", "barrio", "bairro", "frente", "junto"};
    std::vector<std::string> out;
    std::string current;
    const std::string folded = fold(text);
    for (std::size_t i = 0; i <= folded.size(); ++i) {
        const char c = i < folded.size() ? folded[i] : ' ';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
            current += c;
            continue;
        }
        if (current.size() >= minLength && !kStop.contains(current) &&
            std::find(out.begin(), out.end(), current) == out.end()) {
            out.push_back(current);
        }
        current.clear();
    }
    return out;
}

/** One name per colour or pattern, whatever the language it was written in. */
std::string colourWord(const std::string& word)
{
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kColours{
        {"black", {"black", "negro", "negra", "preto", "preta"}},
        {"white", {"white", "blanco", "blanca", "branco", "branca"}},
        {"brown", {"brown", "marron", "cafe", "chocolate", "marrom", "castanho", "castanha", "pardo", "parda"}},
        {"grey", {"grey", "gray", "gris", "cinza", "cinzento", "cinzenta", "silver", "plateado", "prateado"}},
        {"golden",
         {"golden", "gold", "dorado", "dorada", "dourado", "dourada", "yellow", "amarillo", "amarelo", "rubio", "fawn",
          "leonado"}},
        {"cream", {"cream", "crema", "creme", "beige", "bege"}},
        {"ginger",
         {"ginger", "orange", "naranja", "laranja", "red", "rojo", "colorado", "ruivo", "caramelo", "caramel",
          "canela"}},
        {"striped", {"tabby", "brindle", "atigrado", "atigrada", "tigrado", "tigrada", "rajado", "barcino", "rayado"}},
        {"spotted", {"spotted", "spots", "manchado", "manchada", "manchas", "malhado", "malhada", "pintado"}},
        {"tricolour", {"tricolor", "tricolour", "calico", "carey", "tortuga", "tortoiseshell", "escama", "tortie"}},
    };
    for (const auto& [name, spellings] : kColours) {
        if (std::find(spellings.begin(), spellings.end(), word) != spellings.end()) {
            return std::string(name);
        }
    }
    return word;
}

std::set<std::string> colours(std::string_view text)
{
    std::set<std::string> out;
    for (const std::string& w : words(text, 3)) {
        out.insert(colourWord(w));
    }
    return out;
}

bool isMixedBreed(const std::vector<std::string>& w)
{
    static const std::set<std::string, std::less<>> kMixed{"mestizo", "mestiza", "mixed", "mix",     "criollo",
                                                           "criolla", "srd",     "vira",  "lata",    "sin",
                                                           "raza",    "cruza",   "mutt",  "mongrel", "comun"};
    return !w.empty() && std::all_of(w.begin(), w.end(), [](const std::string& x) { return kMixed.contains(x); });
}

std::string stripLeadingZeros(const std::string& chip)
{
    const auto first = chip.find_first_not_of('0');
    return first == std::string::npos ? std::string() : chip.substr(first);
}

int breedPoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    const auto a = words(pet.breed, 3);
    const auto b = words(found.breed, 3);
    if (a.empty() || b.empty()) {
        return 0;
    }
    if (isMixedBreed(a) && isMixedBreed(b)) {
        reasons.push_back(MatchReason::BreedWord);
        return 5;
    }
    if (fold(pet.breed) == fold(found.breed) || (std::is_permutation(a.begin(), a.end(), b.begin(), b.end()))) {
        reasons.push_back(MatchReason::Breed);
        return 15;
    }
    for (const std::string& w : a) {
        if (std::find(b.begin(), b.end(), w) != b.end() && !isMixedBreed({w})) {
            reasons.push_back(MatchReason::BreedWord);
            return 8;
        }
    }
    return 0;
}

int colourPoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    const auto a = colours(pet.colour);
    const auto b = colours(found.colour);
    if (a.empty() || b.empty()) {
        return 0;
    }
    std::size_t common = 0;
    for (const std::string& c : a) {
        common += b.count(c);
    }
    if (common == 0) {
        return 0;
    }
    reasons.push_back(MatchReason::Colour);
    return static_cast<int>(20 * common / std::max(a.size(), b.size()));
}

int sizePoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    if (pet.size == AnimalSize::Unknown || found.size == AnimalSize::Unknown) {
        return 0;
    }
    const int distance = std::abs(static_cast<int>(pet.size) - static_cast<int>(found.size));
    if (distance == 0) {
        reasons.push_back(MatchReason::Size);
        return 10;
    }
    return distance == 1 ? 4 : 0;
}

int agePoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    if (!pet.birthDate || !found.ageMonths || !found.foundOn) {
        return 0;
    }
    const int petAge = monthsBetween(*pet.birthDate, *found.foundOn);
    const int difference = std::abs(petAge - *found.ageMonths);
    // Guesses of a young animal's age are closer than of an old one's.
    const int close = std::max(6, petAge / 6);
    if (difference <= close) {
        reasons.push_back(MatchReason::Age);
        return 10;
    }
    if (difference <= 3 * close) {
        return 5;
    }
    return 0;
}

int placePoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    const auto a = words(pet.area, 4);
    const auto b = words(found.place, 4);
    int common = 0;
    for (const std::string& w : a) {
        common += static_cast<int>(std::count(b.begin(), b.end(), w));
    }
    if (common == 0) {
        return 0;
    }
    reasons.push_back(MatchReason::Place);
    return std::min(15, 5 * common);
}

/** Points for how soon after the pet was lost the animal was found; nullopt: found before it was
 *  lost (by more than a day), so it cannot be this pet. */
std::optional<int> datePoints(const LostPetFacts& pet, const FoundAnimalFacts& found, std::vector<MatchReason>& reasons)
{
    if (!pet.lostSince || !found.foundOn) {
        return 0;
    }
    const std::int64_t days = found.foundOn->toDays() - pet.lostSince->toDays();
    if (days < -1) {
        return std::nullopt;
    }
    int points = 0;
    if (days <= 3) {
        points = 15;
    } else if (days <= 7) {
        points = 10;
    } else if (days <= 30) {
        points = 5;
    } else if (days <= 90) {
        points = 2;
    }
    if (points >= 10) {
        reasons.push_back(MatchReason::Date);
    }
    return points;
}

} // namespace

std::string normaliseMicrochip(std::string_view typed)
{
    std::string out;
    for (char c : typed) {
        if (c >= '0' && c <= '9') {
            out += c;
        } else if (c >= 'a' && c <= 'z') {
            out += static_cast<char>(c - 32);
        } else if (c >= 'A' && c <= 'Z') {
            out += c;
        }
    }
    return out;
}

bool sameMicrochip(std::string_view a, std::string_view b)
{
    std::string x = normaliseMicrochip(a);
    std::string y = normaliseMicrochip(b);
    if (x.size() < 9 || y.size() < 9) {
        return false; // too short to name a chip
    }
    if (x == y || stripLeadingZeros(x) == stripLeadingZeros(y)) {
        return true;
    }
    if (x.size() > y.size()) {
        std::swap(x, y);
    }
    return (x.size() == 9 || x.size() == 10) && y.size() > x.size() && y.compare(y.size() - x.size(), x.size(), x) == 0;
}

std::vector<MatchCandidate> rankLostPets(const FoundAnimalFacts& found, const std::vector<LostPetFacts>& lost,
                                         int minimumScore)
{
    struct Ranked
    {
        MatchCandidate candidate;
        std::int64_t lostDays;
    };
    std::vector<Ranked> ranked;
    for (const LostPetFacts& pet : lost) {
        MatchCandidate c;
        c.petId = pet.petId;
        const bool chip = !found.microchip.empty() &&
                          std::any_of(pet.microchips.begin(), pet.microchips.end(),
                                      [&](const std::string& m) { return sameMicrochip(m, found.microchip); });
        const bool tag = !found.tagId.empty() && found.tagId == pet.tagId;
        if (chip || tag) {
            c.certain = true;
            c.score = 100;
            c.reasons.push_back(chip ? MatchReason::Microchip : MatchReason::Tag);
        } else {
            if (pet.species != found.species) {
                continue;
            }
            if (pet.sex != Sex::Unknown && found.sex != Sex::Unknown && pet.sex != found.sex) {
                continue;
            }
            const auto dates = datePoints(pet, found, c.reasons);
            if (!dates) {
                continue;
            }
            if (pet.sex != Sex::Unknown && pet.sex == found.sex) {
                c.reasons.push_back(MatchReason::Sex);
                c.score += 15;
            }
            c.score += breedPoints(pet, found, c.reasons) + colourPoints(pet, found, c.reasons) +
                       sizePoints(pet, found, c.reasons) + agePoints(pet, found, c.reasons) +
                       placePoints(pet, found, c.reasons) + *dates;
            if (c.score < minimumScore) {
                continue;
            }
        }
        ranked.push_back(Ranked{std::move(c), pet.lostSince ? pet.lostSince->toDays() : 0});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.candidate.certain != b.candidate.certain) {
            return a.candidate.certain;
        }
        if (a.candidate.score != b.candidate.score) {
            return a.candidate.score > b.candidate.score;
        }
        if (a.lostDays != b.lostDays) {
            return a.lostDays > b.lostDays;
        }
        return a.candidate.petId < b.candidate.petId;
    });
    std::vector<MatchCandidate> out;
    out.reserve(ranked.size());
    for (Ranked& r : ranked) {
        out.push_back(std::move(r.candidate));
    }
    return out;
}

} // namespace petinfo
