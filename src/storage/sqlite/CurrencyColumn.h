// CurrencyColumn: turns a result column of ISO codes into Currency values,
// remembering the last one, because rows of a large read mostly repeat it.
#pragma once

#include "duedesk/domain/Currency.h"
#include "duedesk/storage/StorageError.h"

#include <string>
#include <string_view>

namespace duedesk {

class CurrencyColumn final {
public:
    const Currency& read(std::string_view code) {
        if (code != lastCode_) {
            const auto currency = Currency::fromCode(code);
            if (!currency) throw StorageError("the ledger holds an unknown currency " + std::string(code));
            last_ = *currency;
            lastCode_ = code;
        }
        return last_;
    }

private:
    std::string lastCode_;
    Currency last_;
};

} // namespace duedesk
