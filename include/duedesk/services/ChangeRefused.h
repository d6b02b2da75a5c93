// ChangeRefused: what every service throws when it refuses what it was
// asked (a value, a rule of the business): nothing was written, and its
// text, in plain words, is for the person who asked. A front end catches
// this one type; a failure of the ledger itself is a StorageError, and a
// missing permission a PermissionDenied.
#pragma once

#include <stdexcept>

namespace duedesk {

class ChangeRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace duedesk
