// duedesk-cli users (or user): list and add the people who use the
// ledger, set their passwords and roles, and deactivate them.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/PasswordPrompt.h"

#include "duedesk/services/UserDirectory.h"

#include <iomanip>
#include <iostream>

namespace duedesk::cli {
namespace {

void refused(CliContext& context, const std::string& what, const UserRejected& e) {
    std::cerr << "duedesk-cli: " << e.what() << "\n";
    context.log.refused(what, e.what());
    context.exitCode = kRejected;
}

void addSetRole(CLI::App& users, CliContext& context) {
    struct Options {
        std::string name, role, user;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = users.add_subcommand("set-role", "Give a user another role");
    cmd->add_option("NAME", o->name, "Sign-in name")->required();
    cmd->add_option("ROLE", o->role, "analyst, team_leader, write_off_approver or administrator")->required();
    cmd->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    cmd->callback([&context, o] {
        const auto role = roleFromName(o->role);
        if (!role)
            throw UsageError("ROLE \"" + o->role +
                             "\" is not one of analyst, team_leader, write_off_approver, administrator");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        try {
            UserDirectory(*db).setRole(o->name, *role, context.actor(*db, o->user));
        } catch (const UserRejected& e) {
            return refused(context, "role", e);
        }
        std::cout << o->name << " is now " << o->role << "\n";
    });
}

void addActivation(CLI::App& users, CliContext& context, const char* name, bool active) {
    struct Options {
        std::string name, user;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = users.add_subcommand(name, active ? "Let an inactive user sign in again"
                                                  : "Stop a user signing in; their records stay theirs");
    cmd->add_option("NAME", o->name, "Sign-in name")->required();
    cmd->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    cmd->callback([&context, o, active] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        try {
            UserDirectory(*db).setActive(o->name, active, context.actor(*db, o->user));
        } catch (const UserRejected& e) {
            return refused(context, active ? "activation" : "deactivation", e);
        }
        std::cout << o->name << (active ? " can sign in again\n" : " can no longer sign in\n");
    });
}

} // namespace

void addUsersCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("users", "List or add users, set a user's password or role, deactivate a user");
    cmd->alias("user");
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
    setPassword->alias("passwd");
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

    addSetRole(*cmd, context);
    addActivation(*cmd, context, "deactivate", false);
    addActivation(*cmd, context, "activate", true);
}

} // namespace duedesk::cli
