// duedesk-cli worklist: an analyst's ranked worklist on a day, with each
// item's score and reasons (the rules: docs/worklist.md).
#include "cli/CliContext.h"

#include "duedesk/reports/Worklist.h"
#include "duedesk/reports/WorklistRendering.h"
#include "duedesk/services/UserDirectory.h"
#include "duedesk/storage/WorklistQuery.h"

#include <chrono>
#include <iostream>

namespace duedesk::cli {

void addWorklistCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("worklist", "An analyst's accounts to work on a day, ranked, with the reasons");
    struct Options {
        std::string analyst, date, format = "text";
        bool timing = false;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("--analyst", o->analyst, "Whose worklist (sign-in name)")->required();
    cmd->add_option("--date", o->date, "The day (YYYY-MM-DD, default today)");
    cmd->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_flag("--timing", o->timing, "Print to stderr how long the worklist took (database open to list)");
    cmd->callback([&context, o] {
        const Date on = CliContext::asOfOrToday(o->date, "--date");
        const auto started = std::chrono::steady_clock::now();
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto analyst = UserDirectory(*db).find(o->analyst);
        if (!analyst) throw UsageError("--analyst: no user named \"" + o->analyst + "\"");
        const Worklist worklist = loadWorklist(*db, analyst->id, on);
        const DaySummary day = summarize(worklist, db->worklist().accountsWorked(analyst->id, on));
        if (o->timing) {
            const auto us =
                std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started)
                    .count();
            std::cerr << "worklist: " << us / 1000 << "." << (us % 1000) / 100 << " ms\n";
        }
        std::cout << (o->format == "json" ? renderWorklistJson(analyst->name, worklist, day)
                                          : renderWorklistText(analyst->name, worklist, day));
    });
}

} // namespace duedesk::cli
