// A new ledger is built in place and removed again if anything fails, so a
// half-made file never greets the next start as an existing ledger.
#include "duedesk/services/NewLedger.h"

#include "duedesk/storage/StrategyRepository.h"

#include "duedesk/services/SignIn.h"
#include "duedesk/services/UserDirectory.h"

#include <filesystem>

namespace duedesk {
namespace {

template <class Build>
auto buildNewLedger(const std::string& path, const AuditSession& audit, Build build) {
    namespace fs = std::filesystem;
    if (fs::exists(path)) throw LedgerExists("There is already a file at " + path + "; it is left as it is.");
    if (const fs::path folder = fs::path(path).parent_path(); !folder.empty()) fs::create_directories(folder);
    try {
        auto db = LedgerDatabase::open(path, LedgerDatabase::OpenMode::CreateIfMissing);
        db->setAuditSession(audit);
        return build(*db);
    } catch (...) {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
        throw;
    }
}

} // namespace

DemoSummary createDemoLedger(const std::string& path, const DemoOptions& options, const AuditSession& audit,
                             const std::function<void(std::int64_t, std::int64_t)>& progress) {
    return buildNewLedger(path, audit,
                          [&](LedgerDatabase& db) { return generateDemoPortfolio(db, options, progress); });
}

User createEmptyLedger(const std::string& path, User administrator, std::string_view password,
                       const AuditSession& audit) {
    if (password.size() < 8) throw std::invalid_argument("A password needs at least 8 characters.");
    administrator.role = Role::Administrator;
    administrator.active = true;
    return buildNewLedger(path, audit, [&](LedgerDatabase& db) {
        UserDirectory users(db);
        administrator.id = users.add(administrator, Actor::newLedgerSetup());
        SignIn(db).setPassword(administrator.id, password);
        // The diary chases by strategy from the first day: the defaults
        // stand until the team leader edits them.
        writeDefaultStrategies(db.strategies());
        return administrator;
    });
}

} // namespace duedesk
