// Actor: who does something, in which role, and on which day (the front
// end's today; nothing below the front ends reads the clock). Every
// service that changes the ledger takes one, checks it against the
// AccessPolicy and records it the same way.
#pragma once

#include "duedesk/domain/Date.h"
#include "duedesk/domain/User.h"

#include <optional>
#include <string>

namespace duedesk {

struct Actor {
    // Empty for the ledger's operator at the command line: whoever holds
    // the file, recorded as no one in particular.
    std::optional<UserId> user;
    Role role = Role::Analyst;
    Date on = Date::fromDayNumber(0);
    std::string name; // sign-in name, for messages and the log

    static Actor person(const User& user, Date on) { return {user.id, user.role, on, user.name}; }
    // The command line without --user: it administers the file it was
    // pointed at, as the one who installed it does.
    static Actor commandLineOperator(Date on) { return {std::nullopt, Role::Administrator, on, "command line"}; }
    // Setting up a ledger that has no users yet (its first administrator).
    static Actor newLedgerSetup() { return {std::nullopt, Role::Administrator, Date::fromDayNumber(0), "new ledger"}; }
};

} // namespace duedesk
