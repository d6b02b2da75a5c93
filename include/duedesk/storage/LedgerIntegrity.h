// LedgerIntegrity: low-level integrity facts of a ledger's store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace duedesk {

struct LedgerCounts {
    std::int64_t documents = 0;
    std::int64_t openItems = 0;
};

class LedgerIntegrity {
public:
    virtual ~LedgerIntegrity() = default;
    // What the store's own consistency checks report (damaged pages, rows
    // that refer to missing rows), as messages; empty when sound.
    virtual std::vector<std::string> storeProblems() = 0;
    virtual LedgerCounts counts() = 0;
};

} // namespace duedesk
