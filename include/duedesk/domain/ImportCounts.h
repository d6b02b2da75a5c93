// ImportCounts: what one import run read and changed, as reported to the
// person who ran it and kept in the run's audit record.
#pragma once

#include <cstdint>

namespace duedesk {

struct ImportCounts {
    std::int64_t rowsRead = 0;
    std::int64_t accountsCreated = 0;
    std::int64_t accountsUpdated = 0;
    std::int64_t documentsCreated = 0;
    std::int64_t documentsUpdated = 0;
    std::int64_t documentsUnchanged = 0;
    std::int64_t documentsClosed = 0;
    std::int64_t usersCreated = 0; // analysts the file named, with --create-analysts

    bool changedAnything() const {
        return accountsCreated || accountsUpdated || documentsCreated || documentsUpdated || documentsClosed ||
               usersCreated;
    }
};

} // namespace duedesk
