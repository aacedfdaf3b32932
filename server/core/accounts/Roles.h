// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "petinfo/common/Enums.h"
#include "petinfo/common/sync/Entity.h"

#include <cstdint>
#include <initializer_list>

namespace petinfo::server {

/** What a member of an organisation may do. A kiosk is a device (a shelter's lobby screen), not
 *  a person: it reads pets that are up for adoption and nothing else. */
enum class Role
{
    Admin,
    Vet,
    Staff,
    Volunteer,
    Kiosk
};

enum class OrgKind
{
    Clinic,
    Shelter,
    Household
};

/** A set of roles, as a bit mask. */
class RoleSet
{
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<Role> roles)
    {
        for (Role r : roles) {
            m_bits = static_cast<std::uint8_t>(m_bits | bit(r));
        }
    }
    constexpr bool contains(Role r) const { return (m_bits & bit(r)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }

private:
    static constexpr std::uint8_t bit(Role r) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(r)); }
    std::uint8_t m_bits = 0;
};

namespace roles {
inline constexpr RoleSet kPublic{};
inline constexpr RoleSet kAnyone{Role::Admin, Role::Vet, Role::Staff, Role::Volunteer, Role::Kiosk};
inline constexpr RoleSet kPeople{Role::Admin, Role::Vet, Role::Staff, Role::Volunteer};
inline constexpr RoleSet kTeam{Role::Admin, Role::Vet, Role::Staff};
inline constexpr RoleSet kAdmin{Role::Admin};
} // namespace roles

/** Volunteers write journal entries and photos only; the team writes everything devices may
 *  write (reminders and messages are the server's). */
bool mayWrite(Role role, sync::EntityType type);
/** Owner contact details are for the team only. */
bool mayRead(Role role, sync::EntityType type);

} // namespace petinfo::server

namespace petinfo {
template <>
struct EnumNames<server::Role>
{
    static constexpr std::array<std::string_view, 5> names{"admin", "vet", "staff", "volunteer", "kiosk"};
};
template <>
struct EnumNames<server::OrgKind>
{
    static constexpr std::array<std::string_view, 3> names{"clinic", "shelter", "household"};
};
} // namespace petinfo
