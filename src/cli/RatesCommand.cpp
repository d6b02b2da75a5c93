// duedesk-cli rates: the exchange rates amounts are converted at for
// ranking, filters and totals across currencies; and duedesk-cli settings:
// the team's reporting currency.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"

#include "duedesk/importing/TextDecoding.h"
#include "duedesk/services/ExchangeRates.h"
#include "duedesk/services/TeamSettings.h"

#include <iostream>

namespace duedesk::cli {
namespace {

Currency currencyOption(const std::string& code, const std::string& name) {
    const auto currency = Currency::fromCode(code);
    if (!currency) throw UsageError(name + " \"" + code + "\" is not a known ISO 4217 currency code");
    return *currency;
}

} // namespace

void addRatesCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("rates", "List, add or import exchange rates");
    cmd->require_subcommand(1);

    cmd->add_subcommand("list", "List every rate: from, to, the day it takes effect, the rate")->callback([&context] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        for (const ExchangeRate& r : ExchangeRates(*db).all())
            std::cout << r.from.code() << " " << r.to.code() << " " << r.validFrom.toIso() << " " << r.rate.toString()
                      << "\n";
    });

    struct AddOptions {
        std::string from, to, validFrom, rate, user;
    };
    auto a = std::make_shared<AddOptions>();
    auto* add = cmd->add_subcommand("add", "Add or correct a rate: one FROM is worth RATE TO from VALID_FROM on");
    add->add_option("FROM", a->from, "Currency converted from (ISO code)")->required();
    add->add_option("TO", a->to, "Currency converted into (ISO code)")->required();
    add->add_option("VALID_FROM", a->validFrom, "The day the rate takes effect (YYYY-MM-DD)")->required();
    add->add_option("RATE", a->rate, "How many TO one FROM is worth, e.g. 0.8612")->required();
    add->add_option("--user", a->user, "User name the change is made as (default: the command line's operator)");
    add->callback([&context, a] {
        ExchangeRate rate;
        rate.from = currencyOption(a->from, "FROM");
        rate.to = currencyOption(a->to, "TO");
        if (rate.from == rate.to) throw UsageError("FROM and TO are the same currency");
        const auto day = Date::parseIso(a->validFrom);
        if (!day) throw UsageError("VALID_FROM \"" + a->validFrom + "\" is not a valid date (YYYY-MM-DD)");
        rate.validFrom = *day;
        const auto value = DecimalRate::parse(a->rate);
        if (!value) throw UsageError("RATE \"" + a->rate + "\" is not a rate (a number above zero, such as 0.8612)");
        rate.rate = *value;
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const bool changed = ExchangeRates(*db).put(rate, context.actor(*db, a->user));
        std::cout << (changed ? "Recorded" : "Already recorded") << ": 1 " << rate.from.code() << " = "
                  << rate.rate.toString() << " " << rate.to.code() << " from " << rate.validFrom.toIso() << "\n";
    });

    struct ImportOptions {
        std::string file, user;
    };
    auto i = std::make_shared<ImportOptions>();
    auto* import =
        cmd->add_subcommand("import", "Import rates from a CSV file with columns from, to, valid_from, rate");
    import->add_option("FILE", i->file, "The rates file")->required();
    import->add_option("--user", i->user, "User name the change is made as (default: the command line's operator)");
    import->callback([&context, i] {
        const std::string text = readWholeFile(i->file);
    auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
    const RateImportResult r = ExchangeRates(*db).importCsv(text, context.actor(*db, i->user));
    if (!r.imported()) {
        for (const ImportProblem& p : r.problems.kept()) std::cerr << p.describe(i->file) << "\n";
        std::cerr << "Rates refused: " << r.problems.total() << (r.problems.total() == 1 ? " problem" : " problems")
                  << " in " << i->file << "; nothing was written.\n";
        context.exitCode = kRejected;
        return;
    }
    std::cout << "Imported " << i->file << ": " << r.rowsRead << (r.rowsRead == 1 ? " rate, " : " rates, ")
              << r.ratesChanged << " new or corrected.\n";
});
} // namespace duedesk::cli

void addSettingsCommand(CLI::App& app, CliContext& context) {
    auto* cmd = app.add_subcommand("settings", "Show or change the team's settings");
    cmd->require_subcommand(1);
    cmd->add_subcommand("show", "Show the team's settings")->callback([&context] {
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        const auto reporting = TeamSettings(*db).reportingCurrency();
        std::cout << "reporting-currency "
                  << (reporting ? std::string(reporting->code()) : "(not set: the currency most accounts owe in)")
                  << "\n";
    });
    struct SetOptions {
        std::string code, user;
    };
    auto o = std::make_shared<SetOptions>();
    auto* set = cmd->add_subcommand("reporting-currency",
                                    "Set the currency amounts are converted into for ranking, filters and totals");
    set->add_option("CODE", o->code, "ISO 4217 code, e.g. GBP")->required();
    set->add_option("--user", o->user, "User name the change is made as (default: the command line's operator)");
    set->callback([&context, o] {
        const Currency currency = currencyOption(o->code, "CODE");
        auto db = context.openDatabase(LedgerDatabase::OpenMode::ExistingOnly);
        TeamSettings(*db).setReportingCurrency(currency, context.actor(*db, o->user));
        std::cout << "Reporting currency: " << currency.code() << "\n";
    });
}

} // namespace duedesk::cli
