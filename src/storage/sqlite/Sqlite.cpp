// RAII wrappers over the SQLite C API with errors turned into exceptions.
#include "storage/sqlite/Sqlite.h"

#include <sqlite3.h>

namespace duedesk::sqlite {

Connection::Connection(const std::string& path, Mode mode) : path_(path) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw StorageError("cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() { sqlite3_close_v2(db_); }

void Connection::fail(int code, std::string_view context) const {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    if ((code & 0xff) == SQLITE_NOTADB) throw SchemaRefused(path_ + " is not a Duedesk database (not an SQLite file)");
    if ((code & 0xff) == SQLITE_BUSY)
        throw LedgerBusy("the ledger is busy: another change, such as an import, is being written to " + path_ +
                         "; nothing was saved, try again when it has finished");
    throw StorageError(path_ + ": " + message + (context.empty() ? "" : " (" + std::string(context) + ")"));
}

namespace {
// Whether a statement's first keyword makes it a write.
bool startsWithWrite(std::string_view sql) {
    const auto start = sql.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return false;
    std::string keyword;
    for (std::size_t i = start; i < sql.size() && keyword.size() < 8; ++i) {
        const char c = sql[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) break;
        keyword.push_back(static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
    }
    return keyword == "INSERT" || keyword == "UPDATE" || keyword == "DELETE" || keyword == "REPLACE" ||
           keyword == "WITH";
}
} // namespace

void Connection::noteStatement(std::string_view sql) {
    if (!beforeFirstWrite_ || !startsWithWrite(sql)) return;
    // Cleared first: the hook runs statements of its own.
    auto hook = std::move(beforeFirstWrite_);
    beforeFirstWrite_ = nullptr;
    hook();
}

void Connection::exec(std::string_view sql) {
    noteStatement(sql);
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc, sql.substr(0, 60));
    }
}

std::int64_t Connection::queryInt(std::string_view sql) {
    Statement stmt(*this, sql);
    return stmt.step() ? stmt.int64(0) : 0;
}

std::int64_t Connection::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const { return sqlite3_changes(db_); }

Statement::Statement(Connection& connection, std::string_view sql) : connection_(&connection) {
    connection.noteStatement(sql);
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) connection.fail(rc, sql.substr(0, 60));
}

Statement::Statement(Statement&& other) noexcept : connection_(other.connection_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) connection_->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    // SQLITE_STATIC: no copy. The caller keeps the text alive until the
    // statement has been stepped (see the header).
    const int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) connection_->fail(rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) connection_->fail(rc, "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const int code = rc;
    sqlite3_reset(stmt_);
    connection_->fail(code, sqlite3_sql(stmt_) ? std::string_view(sqlite3_sql(stmt_)).substr(0, 60) : "");
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    // Bindings are kept: every caller binds every parameter before a step.
    sqlite3_reset(stmt_);
}

int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string_view Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!data) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column)) return std::nullopt;
    return int64(column);
}

} // namespace duedesk::sqlite
