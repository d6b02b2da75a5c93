// CommitmentRejected: a promise, a payment plan or a payment return breaks
// a rule. The message names the field; nothing was written.
#pragma once

#include <stdexcept>

namespace duedesk {

class CommitmentRejected final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace duedesk
