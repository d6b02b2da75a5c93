// duedesk-cli: the command-line front end. It parses arguments, calls the
// core's services and maps failures to documented exit statuses.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "duedesk/services/AccessPolicy.h"

#include "duedesk/Version.h"
#include "duedesk/importing/MappingFile.h"
#include "duedesk/importing/TextDecoding.h"
#include "duedesk/storage/StorageError.h"

#include <iostream>

int main(int argc, char** argv) {
    using namespace duedesk;
    using namespace duedesk::cli;

    CLI::App app{"Duedesk command line: collections ledger, import and reports.", "duedesk-cli"};
    app.set_version_flag("--version", std::string("duedesk-cli ") + kVersion);
    app.require_subcommand(1);
    app.fallthrough();
    app.footer("Exit status: 0 success; 1 input rejected (nothing written); 2 usage error; "
               "3 database missing, refused or failed; 4 file unreadable; 70 internal error.");
    CliContext context;
    app.add_option("--db", context.databaseOption,
                   "Database file (default: $DUEDESK_DB, else the user's data location)");
    app.add_option("--log-file", context.logFileOption,
                   "Log file (default: $DUEDESK_LOG, else duedesk.log beside the default database)");
    app.add_option("--log-level", context.logLevelOption, "Log level: " + logLevelList() + " (default info)")
        ->check(
            [](const std::string& level) {
                return parseLogLevel(level) ? std::string() : "\"" + level + "\" is not one of " + logLevelList();
            },
            "LEVEL");
    // After every option is read (they may follow the command), before the command runs.
    app.parse_complete_callback([&context] { context.openLog(); });

    addInitCommand(app, context);
    addDemoCommand(app, context);
    addImportCommand(app, context);
    addExportCommand(app, context);
    addAgingCommand(app, context);
    addUsersCommand(app, context);
    addCheckCommand(app, context);
    addRatesCommand(app, context);
    addSettingsCommand(app, context);
    addDiarySettingsCommand(app, context);
    addCashCommand(app, context);
    addPromiseCommand(app, context);
    addPlanCommand(app, context);
    addPaymentCommand(app, context);
    addWorklistCommand(app, context);
    addStrategyCommand(app, context);
    addContactCommand(app, context);
    addDiaryCommand(app, context);
    addHoldCommand(app, context);
    addDisputeCommand(app, context);
    addAccountsCommand(app, context);
    addWriteOffCommand(app, context);
    addAuditCommand(app, context);
    addCreditMemoCommand(app, context);
    addEscalateCommand(app, context);

    try {
        app.parse(argc, argv);
        return context.exitCode;
    } catch (const CLI::Success& e) {
        // --help and --version arrive as "successful" parse errors.
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        return kUsage;
    } catch (const UsageError& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.refused("command", e.what());
        return kUsage;
    } catch (const MappingError& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.refused("mapping file", e.what());
        return kRejected;
    } catch (const ImportFileError& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.failed("reading a file", e.what());
        return kFile;
    } catch (const PermissionDenied& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.refused("permission", e.what());
        return kRejected;
    } catch (const SchemaRefused& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.refused("database", e.what());
        return kDatabase;
    } catch (const StorageError& e) {
        std::cerr << "duedesk-cli: " << e.what() << "\n";
        context.log.failed("database", e.what());
        return kDatabase;
    } catch (const std::exception& e) {
        std::cerr << "duedesk-cli: unexpected failure: " << e.what() << "\n";
        context.log.failed("command", std::string("unexpected failure: ") + e.what());
        return kInternal;
    }
}
