// Helpers shared by the tests: scratch directories, a full content dump of
// a database (to prove a failed operation changed nothing), and running
// the CLI as a user would.
#pragma once

#include "duedesk/domain/Actor.h"

#include <filesystem>
#include <string>
#include <vector>

namespace duedesk::test {

// A fresh directory removed with everything in it at the end of the test.
class TempDir final {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

// Every row of every table, sorted, as text; plus the schema
// version. Two databases with equal dumps hold the same content.
std::string dumpDatabase(const std::string& path, const std::vector<std::string>& leftOut = {});
// Runs SQL on its own connection, as another program would; throws
// std::runtime_error with SQLite's message when it fails.
void execSql(const std::string& path, const std::string& sql);

void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};
// Runs duedesk-cli with the given arguments (already shell-quoted), with
// DUEDESK_DB unset unless `environment` ("NAME=value ...") sets it, and
// DUEDESK_LOG naming a scratch file unless `environment` or --log-file
// names another: a test never writes the user's own log.
CliRun runCli(const std::string& arguments, const std::string& environment = "");
// The same for another of the programs (the workstation's command line).
// `input` is the program's standard input.
CliRun runProgram(const std::string& program, const std::string& arguments, const std::string& environment = "",
                  const std::string& input = "");

// The messages of an application log file, one per line, each as
// "LEVEL: message" without the time, program and process that start it;
// an import's duration reads "N ms". Checks that every line starts so.
std::vector<std::string> readLogMessages(const std::string& path);

std::string testDataPath(const std::string& name);
std::string goldenPath(const std::string& name);

// Who the tests' imports and allocations are made by: the command line's
// operator (an administrator recorded as no one in particular).
inline Actor operatorActor() { return Actor::commandLineOperator(Date::ymd(2026, 7, 1)); }

} // namespace duedesk::test
