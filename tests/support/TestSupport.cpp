// Test helpers; the content dump reads SQLite directly so it checks the
// storage layer rather than trusting it.
#include "support/TestSupport.h"

#include <sqlite3.h>

#include <algorithm>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace duedesk::test {

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("duedesk-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

void execSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path);
    }
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "failed";
        sqlite3_free(message);
        sqlite3_close(db);
        throw std::runtime_error(text);
    }
    sqlite3_close(db);
}

std::string dumpDatabase(const std::string& path, const std::vector<std::string>& leftOut) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + path);
    }
    std::ostringstream out;
    const auto query = [&](const std::string& sql, auto&& onRow) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
        while (sqlite3_step(stmt) == SQLITE_ROW) onRow(stmt);
        sqlite3_finalize(stmt);
    };
    query("PRAGMA user_version", [&](sqlite3_stmt* s) { out << "user_version=" << sqlite3_column_int(s, 0) << "\n"; });
    std::vector<std::string> tables;
    query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
          [&](sqlite3_stmt* s) { tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))); });
    for (const std::string& table : tables) {
        if (std::find(leftOut.begin(), leftOut.end(), table) != leftOut.end()) continue;
        out << "[" << table << "]\n";
        // Order by every column: WITHOUT ROWID tables have no rowid.
        int columns = 0;
        query("SELECT count(*) FROM pragma_table_info('" + table + "')",
              [&](sqlite3_stmt* s) { columns = sqlite3_column_int(s, 0); });
        std::string order;
        for (int i = 1; i <= columns; ++i) order += (i > 1 ? ", " : "") + std::to_string(i);
        query("SELECT * FROM \"" + table + "\" ORDER BY " + order, [&](sqlite3_stmt* s) {
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto* text = sqlite3_column_text(s, i);
                out << (i ? "|" : "") << (text ? reinterpret_cast<const char*>(text) : "NULL");
            }
            out << "\n";
        });
    }
    sqlite3_close(db);
    return out.str();
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream f(path, std::ios::binary);
    f << content;
}

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

CliRun runCli(const std::string& arguments, const std::string& environment) {
    return runProgram(DUEDESK_CLI, arguments, environment);
}

CliRun runProgram(const std::string& program, const std::string& arguments, const std::string& environment,
                  const std::string& input) {
    TempDir dir;
    const std::string out = dir.file("stdout"), err = dir.file("stderr"), in = dir.file("stdin");
    writeFile(in, input);
    const std::string command = "env -u DUEDESK_DB DUEDESK_LOG='" + dir.file("duedesk.log") + "' " + environment +
                                " '" + program + "' " + arguments + " >'" + out + "' 2>'" + err + "' <'" + in + "'";
    const int status = std::system(command.c_str());
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(out);
    run.err = readFile(err);
    return run;
}

std::vector<std::string> readLogMessages(const std::string& path) {
    // "2026-06-30 09:15:02.123 +01:00 duedesk-cli[4711] info: ..."
    static const std::regex prefix(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} [+-]\d\d:\d\d duedesk(-cli)?\[\d+\] )");
    static const std::regex duration(R"(; \d+ ms$)");
    std::vector<std::string> messages;
    std::istringstream lines(readFile(path));
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (!std::regex_search(line, match, prefix))
            throw std::runtime_error("log line without its time, program and process: " + line);
        messages.push_back(std::regex_replace(match.suffix().str(), duration, "; N ms"));
    }
    return messages;
}

std::string testDataPath(const std::string& name) { return std::string(DUEDESK_TEST_DATA) + "/" + name; }
std::string goldenPath(const std::string& name) { return std::string(DUEDESK_GOLDEN) + "/" + name; }

} // namespace duedesk::test
