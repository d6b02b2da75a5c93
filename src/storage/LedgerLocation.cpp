// Telling a server URI from a file path.
#include "duedesk/storage/LedgerLocation.h"

namespace duedesk {

LedgerLocation::LedgerLocation(std::string text) : text_(std::move(text)) {
    const std::string_view t = text_;
    if (t.starts_with("postgresql://") || t.starts_with("postgres://")) kind_ = Kind::PostgreSql;
}

std::string LedgerLocation::displayName() const {
    if (kind_ == Kind::SqliteFile) return text_;
    // postgresql://user:secret@host/db -> postgresql://user@host/db
    const auto scheme = text_.find("://") + 3;
    const auto at = text_.find('@', scheme);
    if (at == std::string::npos) return text_;
    const auto colon = text_.find(':', scheme);
    if (colon == std::string::npos || colon > at) return text_;
    return text_.substr(0, colon) + text_.substr(at);
}

} // namespace duedesk
