// LedgerExportQuery: every document with its account and analyst, in the
// order they were recorded, for writing a ledger back out.
#pragma once

#include "duedesk/domain/Document.h"
#include "duedesk/storage/LedgerDatabase.h"

#include <functional>
#include <string_view>

namespace duedesk {

struct ExportedDocument {
    std::string_view accountNumber;
    std::string_view accountName;
    std::string_view analyst; // empty when unassigned
    DocumentType type = DocumentType::Invoice;
    std::string_view number;
    Date documentDate = Date::fromDayNumber(0);
    Date dueDate = Date::fromDayNumber(0);
    std::string_view currency;
    std::int64_t amount = 0;
    std::int64_t openAmount = 0;
    std::string_view reference;
};

class LedgerExportQuery {
public:
    virtual ~LedgerExportQuery() = default;
    virtual std::int64_t count() = 0;
    // Views in the row are valid only during the call.
    virtual void forEach(const std::function<void(const ExportedDocument&)>& visit) = 0;
};

} // namespace duedesk
