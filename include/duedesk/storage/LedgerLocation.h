// LedgerLocation: where a ledger lives. Today a SQLite file path; a
// PostgreSQL URI (postgresql://...) names a shared server ledger. Front
// ends and services pass this value around instead of a file path, so a
// second backend changes what opens it, not who carries it.
#pragma once

#include <string>
#include <string_view>

namespace duedesk {

class LedgerLocation final {
public:
    enum class Kind { SqliteFile, PostgreSql };

    // A path is a location: implicit so that "open this file" reads as it
    // always has. A text starting postgres:// or postgresql:// is a server.
    LedgerLocation(std::string text);
    LedgerLocation(const char* text) : LedgerLocation(std::string(text)) {}

    Kind kind() const { return kind_; }
    // The path or URI as given.
    const std::string& text() const { return text_; }
    // What to show a person: the path, or the URI without its password.
    std::string displayName() const;

    friend bool operator==(const LedgerLocation&, const LedgerLocation&) = default;

private:
    std::string text_;
    Kind kind_ = Kind::SqliteFile;
};

} // namespace duedesk
