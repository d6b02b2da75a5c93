// duedesk-cli settings diary: show or change the diary's settings (the
// grace days and tolerance promises are judged with, the minimum interval
// between contacts). A subcommand of `settings`, registered after it.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"

#include "duedesk/services/TeamSettings.h"

#include <iostream>

namespace duedesk::cli {

void addDiarySettingsCommand(CLI::App& app, CliContext& context) {
    struct Options {
        std::optional<int> graceDays, intervalDays;
        std::optional<std::int64_t> toleranceMinor;
        std::string user;
    };
    auto o = std::make_shared<Options>();
    auto* cmd =
        app.get_subcommand("settings")->add_subcommand("diary", "Show the diary's settings, or change those given");
    cmd->add_option("--grace-days", o->graceDays, "Days after its date a promise or instalment is judged (0 to 60)");
    cmd->add_option("--tolerance-minor", o->toleranceMinor,
                    "Shortfall forgiven, in minor units of the promise's currency (0 or more)");
    cmd->add_option("--contact-interval-days", o->intervalDays,
                    "Days an account is not chased again after a contact (0 to 60)");
    cmd->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    cmd->callback([&context, o] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        TeamSettings team(*db);
        DiarySettings settings = team.diarySettings();
        if (o->graceDays || o->toleranceMinor || o->intervalDays) {
            if (o->graceDays) settings.commitments.graceDays = *o->graceDays;
            if (o->toleranceMinor) settings.commitments.toleranceMinor = *o->toleranceMinor;
            if (o->intervalDays) settings.minimumContactIntervalDays = *o->intervalDays;
            try {
                team.setDiarySettings(settings, context.actor(*db, o->user));
            } catch (const SettingRejected& e) {
                std::cerr << "duedesk-cli: " << e.what() << "\n";
                context.log.refused("settings", e.what());
                context.exitCode = kRejected;
                return;
            }
        }
        std::cout << "promise-grace-days " << settings.commitments.graceDays << "\n"
                  << "promise-tolerance-minor " << settings.commitments.toleranceMinor << "\n"
                  << "minimum-contact-interval-days " << settings.minimumContactIntervalDays << "\n";
    });
}

} // namespace duedesk::cli
