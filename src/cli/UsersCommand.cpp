// duedesk-cli users: list and add the people who use the ledger, and set
// their passwords.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/PasswordPrompt.h"

#include "duedesk/services/UserDirectory.h"

#include <iomanip>
#include <iostream>

namespace duedesk::cli {

void addUsersCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("users", "List or add users, or set a user's password");
    cmd->require_subcommand(1);

    auto* list = cmd->add_subcommand("list", "List users with their roles");
    list->callback([&context] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        for (const User& u : UserDirectory(*db).all()) {
            std::string notes;
            if (!u.active) notes += " (inactive)";
            if (!u.hasPassword) notes += " (no password: cannot sign in)";
            if (u.createdByImportRun) notes += " (created by import run " + std::to_string(*u.createdByImportRun) + ")";
            std::cout << std::left << std::setw(12) << u.name << std::setw(20) << roleName(u.role) << u.fullName
                      << notes << "\n";
        }
    });

    struct AddOptions {
        std::string name, fullName, role = "analyst", user;
    };
    auto o = std::make_shared<AddOptions>();
    auto* add = cmd->add_subcommand("add", "Add a user");
    add->add_option("NAME", o->name, "Sign-in name")->required();
    add->add_option("--full-name", o->fullName, "Full name");
    add->add_option("--role", o->role, "analyst, team_leader, write_off_approver or administrator");
    add->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    add->callback([&context, o] {
        const auto role = roleFromName(o->role);
        if (!role)
            throw UsageError("--role \"" + o->role +
                             "\" is not one of analyst, team_leader, write_off_approver, administrator");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::CreateIfMissing);
        User user;
        user.name = o->name;
        user.fullName = o->fullName;
        user.role = *role;
        try {
            UserDirectory(*db).add(user, context.actor(*db, o->user));
        } catch (const UserRejected& e) {
            std::cerr << "duedesk-cli: " << e.what() << "\n";
            context.log.refused("new user", e.what());
            context.exitCode = kRejected;
            return;
        }
        std::cout << "Added " << o->name << " (" << o->role << ")\n";
    });

    struct PasswordOptions {
        std::string name, user;
    };
    auto p = std::make_shared<PasswordOptions>();
    auto* setPassword = cmd->add_subcommand(
        "set-password", "Set a user's password (asked twice at a terminal, else the first line of standard input)");
    setPassword->add_option("NAME", p->name, "Sign-in name")->required();
    setPassword->add_option("--user", p->user,
                            "User name the change is made as (default: the command line's operator)");
    setPassword->callback([&context, p] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const Actor by = context.actor(*db, p->user);
        const std::string password = readNewPassword(p->name);
        try {
            UserDirectory(*db).setPassword(p->name, password, by);
        } catch (const UserRejected& e) {
            std::cerr << "duedesk-cli: " << e.what() << "\n";
            context.log.refused("password", e.what());
            context.exitCode = kRejected;
            return;
        }
        std::cout << "Password set for " << p->name << "\n";
    });
}

} // namespace duedesk::cli
