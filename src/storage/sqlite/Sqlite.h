// A thin RAII layer over the SQLite C API: a connection and prepared
// statements. Only the storage layer includes this header.
#pragma once

#include "duedesk/storage/StorageError.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace duedesk::sqlite {

class Connection;

class Statement final {
public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;

    // Parameters are 1-based, as in SQLite. Bound text is not copied: it
    // must stay alive until the statement has been stepped (bind and run
    // in one expression, or from storage that outlives the step).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances; true while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    std::string_view text(int column) const;
    std::string string(int column) const { return std::string(text(column)); }
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    Connection* connection_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Connection final {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Connection(const std::string& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(std::string_view sql);
    // The single integer a query like "PRAGMA user_version" returns.
    std::int64_t queryInt(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string& path() const { return path_; }
    sqlite3* handle() { return db_; }

    [[noreturn]] void fail(int code, std::string_view context) const;

    // Runs `hook` once, just before the first statement that writes
    // (INSERT, UPDATE, DELETE, REPLACE or WITH) is prepared or run: how the
    // audit trail installs its triggers only on connections that write.
    void beforeFirstWrite(std::function<void()> hook) { beforeFirstWrite_ = std::move(hook); }

private:
    friend class Statement;
    void noteStatement(std::string_view sql);

    sqlite3* db_ = nullptr;
    std::string path_;
    std::function<void()> beforeFirstWrite_;
};

} // namespace duedesk::sqlite
