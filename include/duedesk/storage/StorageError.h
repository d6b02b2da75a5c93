// Errors raised by the storage layer. SchemaRefused is the one a user sees
// when a file is not a Duedesk database or comes from a newer version.
#pragma once

#include <stdexcept>
#include <string>

namespace duedesk {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The file was opened but will not be used, and was not modified.
class SchemaRefused final : public StorageError {
public:
    using StorageError::StorageError;
};

// Another connection (an import, a colleague's change) held the ledger for
// longer than this connection would wait. Nothing of this change was
// written; it can be tried again.
class LedgerBusy final : public StorageError {
public:
    using StorageError::StorageError;
};

} // namespace duedesk
