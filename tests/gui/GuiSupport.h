// Helpers for driving the workstation's widgets in tests.
#pragma once

#include "app/session/AppSession.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/UserRepository.h"
#include "support/HandLedger.h"
#include "support/TestSupport.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QString>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

// Failed comparisons of QStrings print the text, not its characters.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace duedesk::test {

// The hand ledger on disk and a session on it, signed in as `user`, as of
// 2026-06-30.
struct HandLedgerSession {
    // A user the hand ledger does not have is added with `role` (hreid: a
    // team leader; anyone else an analyst, unless `role` says otherwise).
    explicit HandLedgerSession(const std::string& user = "amorgan", std::optional<Role> role = std::nullopt) {
        // Each test starts from no remembered settings, even when several
        // run in one process.
        QSettings().clear();
        openHandLedger(dir.file("ledger.db"));
        auto db = LedgerDatabase::open(dir.file("ledger.db"));
        // The hand ledger's own users; a team leader is made up here.
        User u;
        if (auto found = UserDirectory(*db).find(user)) {
            u = *found;
        } else {
            u.name = user;
            u.fullName = user;
            u.role = role.value_or(user == "hreid" ? Role::TeamLeader : Role::Analyst);
            u.id = db->users().add(u);
        }
        session = std::make_unique<app::AppSession>(dir.file("ledger.db"), u, Date::ymd(2026, 6, 30));
    }
    TempDir dir;
    std::unique_ptr<app::AppSession> session;
};

// Selects the item of the combo box `name` in `parent` whose data is `data`.
inline void choose(QWidget& parent, const char* name, const QString& data) {
    auto* box = parent.findChild<QComboBox*>(QString::fromLatin1(name));
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

inline QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column)).toString();
}

} // namespace duedesk::test
