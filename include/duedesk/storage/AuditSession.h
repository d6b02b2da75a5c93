// AuditSession: whom the changes made on a connection are recorded under
// in the audit trail, and the clock that stamps them. The front end that
// signed the person in sets it (nothing below the front ends reads the
// clock); without one, records carry an empty name and time.
#pragma once

#include <functional>
#include <string>

namespace duedesk {

struct AuditSession {
    std::string actor; // the signed-in user's name, or "command line"
    // The time now in UTC, "2026-11-25T13:45:12Z".
    std::function<std::string()> clock;
};

} // namespace duedesk
