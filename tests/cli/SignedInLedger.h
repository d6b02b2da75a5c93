// The hand ledger as the command-line tests that record people's work
// need it: imported as of 2026-06-30, amorgan with a password, and the
// environment that signs her in.
#pragma once

#include "support/TestSupport.h"

#include <string>

namespace duedesk::test {

inline const std::string kSignedIn = "DUEDESK_PASSWORD=alice-password";

// Makes hand.db in `dir`; returns its path.
std::string handLedgerWithPassword(const TempDir& dir);

} // namespace duedesk::test
