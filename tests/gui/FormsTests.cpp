// The forms in ui/: every one loads through QUiLoader without a word of
// warning, as the class it declares and with every widget it names; the
// forms the GUI tests rely on have the object names those tests find
// widgets by; and the classes built from the forms have them too. The
// folder is listed when the test runs, so a form added later is loaded
// and checked without a change here.
#include "app/account/AccountView.h"
#include "app/account/ContactDialogs.h"
#include "app/aging/AgingDrillDownDialog.h"
#include "app/aging/AgingView.h"
#include "app/cash/CashView.h"
#include "app/diary/DiaryView.h"
#include "app/diary/EndCommitmentDialog.h"
#include "app/diary/HoldDialog.h"
#include "app/diary/PaymentPlanDialog.h"
#include "app/diary/PromiseDialog.h"
#include "app/diary/ReassignDialog.h"
#include "app/diary/TeamQueuesView.h"
#include "app/dispute/AccountDisputes.h"
#include "app/dispute/CreditMemoDecisionDialog.h"
#include "app/dispute/DisputeChangeDialog.h"
#include "app/dispute/DisputeDialog.h"
#include "app/dispute/DisputesView.h"
#include "app/escalation/AttentionDialog.h"
#include "app/escalation/EscalationsView.h"
#include "app/escalation/ReferDialog.h"
#include "app/import/ImportWizard.h"
#include "app/ledger/LedgerView.h"
#include "app/session/FirstStartDialog.h"
#include "app/session/SignInDialog.h"
#include "app/strategy/StrategyEditor.h"
#include "app/writeoff/AccountWriteOffs.h"
#include "app/writeoff/WriteOffDecisionDialog.h"
#include "app/writeoff/WriteOffPostDialog.h"
#include "app/writeoff/WriteOffRequestDialog.h"
#include "app/writeoff/WriteOffsView.h"
#include "gui/GuiSupport.h"

#include "duedesk/storage/AccountRepository.h"
#include "duedesk/storage/DocumentRepository.h"

#include <QChartView>
#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QUiLoader>
#include <QWidget>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <map>
#include <utility>
#include <vector>

using namespace duedesk;
using namespace duedesk::test;

namespace {

// Qt's own widgets QUiLoader makes itself; the forms' one custom widget,
// the chart view, is made here as the workstation's uic code makes it.
class FormLoader final : public QUiLoader {
public:
    QWidget* createWidget(const QString& className, QWidget* parent, const QString& name) override {
        if (className == QStringLiteral("QChartView")) {
            auto* chart = new QChartView(parent);
            chart->setObjectName(name);
            return chart;
        }
        return QUiLoader::createWidget(className, parent, name);
    }
};

// Qt's messages while a form loads: an unknown property or class is only
// a warning to QUiLoader, an error here.
QStringList caughtMessages;
void catchMessage(QtMsgType, const QMessageLogContext&, const QString& message) { caughtMessages << message; }

struct DeclaredWidget {
    QString className;
    QString name;
};

// Every widget a form declares, the top-level one first.
std::vector<DeclaredWidget> declaredWidgets(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<DeclaredWidget> widgets;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("widget"))
            widgets.push_back({xml.attributes().value(QStringLiteral("class")).toString(),
                               xml.attributes().value(QStringLiteral("name")).toString()});
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return widgets;
}

QStringList formFiles() {
    return QDir(QStringLiteral(DUEDESK_UI_DIR)).entryList({QStringLiteral("*.ui")}, QDir::Files, QDir::Name);
}

// The object names (and their classes) the GUI tests find widgets by.
using Names = std::vector<std::pair<const char*, const char*>>;
struct FormExpectation {
    const char* topClass;
    const char* topName;
    Names names;
};

const std::map<QString, FormExpectation>& expectations() {
    static const std::map<QString, FormExpectation> forms{
        {QStringLiteral("SignInDialog.ui"),
         {"QDialog",
          "signInDialog",
          {{"signInName", "QComboBox"}, {"signInPassword", "QLineEdit"}, {"signInMessage", "QLabel"}}}},
        {QStringLiteral("FirstStartDialog.ui"),
         {"QDialog",
          "firstStart",
          {{"firstStartDemo", "QRadioButton"},
           {"firstStartEmpty", "QRadioButton"},
           {"firstStartUser", "QLineEdit"},
           {"firstStartFullName", "QLineEdit"},
           {"firstStartPassword", "QLineEdit"},
           {"firstStartRepeat", "QLineEdit"},
           {"firstStartError", "QLabel"},
           {"firstStartProgress", "QProgressBar"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("AddressDialog.ui"),
         {"QDialog",
          "addressDialog",
          {{"addressKind", "QComboBox"},
           {"addressLine1", "QLineEdit"},
           {"addressLine2", "QLineEdit"},
           {"addressCity", "QLineEdit"},
           {"addressRegion", "QLineEdit"},
           {"addressPostcode", "QLineEdit"},
           {"addressCountry", "QLineEdit"},
           {"changeEffectiveOn", "QDateEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("ContactDialog.ui"),
         {"QDialog",
          "contactDialog",
          {{"contactName", "QLineEdit"},
           {"contactJobTitle", "QLineEdit"},
           {"contactPhone", "QLineEdit"},
           {"contactEmail", "QLineEdit"},
           {"contactPrimary", "QCheckBox"},
           {"changeEffectiveOn", "QDateEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("LogContactDialog.ui"),
         {"QDialog",
          "logContactDialog",
          {{"logChannel", "QComboBox"},
           {"logWith", "QComboBox"},
           {"logOutcome", "QComboBox"},
           {"logNote", "QLineEdit"},
           {"logFollowUp", "QCheckBox"},
           {"logFollowUpOn", "QDateEdit"},
           {"logNextAction", "QComboBox"},
           {"changeEffectiveOn", "QDateEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("EndContactDialog.ui"),
         {"QDialog",
          "endContactDialog",
          {{"changeEffectiveOn", "QDateEdit"}, {"changeError", "QLabel"}, {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("AccountView.ui"),
         {"QWidget",
          "accountView",
          {{"accountTitle", "QLabel"},
           {"accountFacts", "QLabel"},
           {"accountAging", "QLabel"},
           {"openItems", "QTableView"},
           {"closedItems", "QTableView"},
           {"addresses", "QTableView"},
           {"activity", "QTableView"},
           {"contactLog", "QTableView"},
           {"logContact", "QPushButton"},
           {"pauseChasing", "QPushButton"},
           {"addContact", "QPushButton"},
           {"editContact", "QPushButton"},
           {"endContact", "QPushButton"},
           {"changeAddress", "QPushButton"},
           {"cashPage", "QWidget"},
           {"correctContact", "QPushButton"},
           {"holdRow", "QWidget"},
           {"accountHold", "QLabel"},
           {"releaseHold", "QPushButton"},
           {"commitmentsPage", "QWidget"},
           {"commitments", "QTableView"},
           {"agreePlan", "QPushButton"},
           {"withdrawPromise", "QPushButton"},
           {"cancelPlan", "QPushButton"},
           {"followUps", "QTableView"},
           {"assignments", "QTableView"},
           {"disputesPage", "QWidget"},
           {"writeOffsPage", "QWidget"},
           {"accountReferral", "QLabel"},
           {"referAccount", "QPushButton"},
           {"askAttention", "QPushButton"}}}},
        {QStringLiteral("AccountDisputes.ui"),
         {"QWidget",
          "accountDisputes",
          {{"disputes", "QTableView"},
           {"raiseDispute", "QPushButton"},
           {"followUpDispute", "QPushButton"},
           {"disputesSummary", "QLabel"}}}},
        {QStringLiteral("DisputesView.ui"),
         {"QWidget",
          "disputesView",
          {{"disputesTitle", "QLabel"},
           {"disputesShow", "QComboBox"},
           {"disputesOpenAccount", "QPushButton"},
           {"disputesCount", "QLabel"},
           {"disputesTable", "QTableView"},
           {"disputesByReason", "QTableView"}}}},
        {QStringLiteral("EscalationsView.ui"),
         {"QWidget",
          "escalationsView",
          {{"escalationsTitle", "QLabel"},
           {"escalationsShow", "QComboBox"},
           {"escalationsOpenAccount", "QPushButton"},
           {"escalationsCount", "QLabel"},
           {"referralsTable", "QTableView"},
           {"referralActions", "QWidget"},
           {"referralNextState", "QComboBox"},
           {"referralNote", "QLineEdit"},
           {"moveReferral", "QPushButton"},
           {"attentionTable", "QTableView"},
           {"attentionActions", "QWidget"},
           {"attentionAnswer", "QLineEdit"},
           {"answerAttention", "QPushButton"},
           {"escalationsError", "QLabel"}}}},
        {QStringLiteral("AttentionDialog.ui"),
         {"QDialog",
          "attentionDialog",
          {{"attentionWhat", "QLabel"},
           {"attentionLeader", "QComboBox"},
           {"attentionLeaderError", "QLabel"},
           {"attentionReason", "QLineEdit"},
           {"attentionReasonError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("ReferDialog.ui"),
         {"QDialog",
          "referDialog",
          {{"referWhat", "QLabel"},
           {"referAmount", "QLabel"},
           {"referRecommendation", "QComboBox"},
           {"referParty", "QLineEdit"},
           {"referPartyError", "QLabel"},
           {"referNote", "QLineEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("DisputeDialog.ui"),
         {"QDialog",
          "disputeDialog",
          {{"disputeAccount", "QLabel"},
           {"disputeReason", "QComboBox"},
           {"disputeDue", "QLabel"},
           {"disputeOwner", "QLineEdit"},
           {"disputeOwnerError", "QLabel"},
           {"disputeInvoices", "QTableWidget"},
           {"disputeInvoicesError", "QLabel"},
           {"disputeNote", "QLineEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("DisputeChangeDialog.ui"),
         {"QDialog",
          "disputeChangeDialog",
          {{"disputeWhat", "QLabel"},
           {"disputeAction", "QComboBox"},
           {"disputeNewOwner", "QLineEdit"},
           {"disputeNewOwnerError", "QLabel"},
           {"disputeChangeNote", "QLineEdit"},
           {"disputeChangeNoteError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("AccountWriteOffs.ui"),
         {"QWidget",
          "accountWriteOffs",
          {{"writeOffs", "QTableView"}, {"requestWriteOff", "QPushButton"}, {"writeOffsSummary", "QLabel"}}}},
        {QStringLiteral("WriteOffsView.ui"),
         {"QWidget",
          "writeOffsView",
          {{"writeOffsTitle", "QLabel"},
           {"writeOffsShow", "QComboBox"},
           {"writeOffsOpenAccount", "QPushButton"},
           {"writeOffsCount", "QLabel"},
           {"writeOffsLimit", "QLabel"},
           {"writeOffsTable", "QTableView"},
           {"writeOffsApprove", "QPushButton"},
           {"writeOffsReject", "QPushButton"},
           {"writeOffsExport", "QPushButton"},
           {"writeOffsMarkPosted", "QPushButton"},
           {"writeOffsStatus", "QLabel"}}}},
        {QStringLiteral("WriteOffRequestDialog.ui"),
         {"QDialog",
          "writeOffRequestDialog",
          {{"writeOffAccount", "QLabel"},
           {"writeOffInvoices", "QTableWidget"},
           {"writeOffInvoicesError", "QLabel"},
           {"writeOffTotal", "QLabel"},
           {"writeOffReason", "QComboBox"},
           {"writeOffEvidence", "QLineEdit"},
           {"writeOffEvidenceError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("DecisionDialog.ui"),
         {"QDialog",
          "decisionDialog",
          {{"decisionSummary", "QLabel"},
           {"decisionReason", "QLineEdit"},
           {"decisionReasonError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("WriteOffPostDialog.ui"),
         {"QDialog",
          "writeOffPostDialog",
          {{"writeOffPostIntro", "QLabel"},
           {"writeOffPostList", "QTableWidget"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("LedgerView.ui"),
         {"QWidget",
          "ledgerView",
          {{"ledgerSearch", "QLineEdit"},
           {"ledgerAnalyst", "QComboBox"},
           {"ledgerRisk", "QComboBox"},
           {"ledgerOverdueAbove", "QSpinBox"},
           {"ledgerOverLimit", "QCheckBox"},
           {"ledgerFollowUpDue", "QCheckBox"},
           {"ledgerTable", "QTableView"},
           {"ledgerCount", "QLabel"},
           {"ledgerBusy", "QProgressBar"},
           {"ledgerReassign", "QPushButton"}}}},
        {QStringLiteral("DiaryView.ui"),
         {"QWidget",
          "diaryView",
          {{"diaryHeader", "QLabel"},
           {"diaryWorkNext", "QPushButton"},
           {"diaryOpen", "QPushButton"},
           {"diaryPause", "QPushButton"},
           {"diaryBusy", "QProgressBar"},
           {"diaryTable", "QTableView"},
           {"diaryEmpty", "QLabel"},
           {"diaryLeftOut", "QLabel"}}}},
        {QStringLiteral("TeamQueuesView.ui"),
         {"QWidget",
          "teamQueuesView",
          {{"teamHeader", "QLabel"},
           {"teamOpenDiary", "QPushButton"},
           {"teamReassign", "QPushButton"},
           {"teamProgress", "QProgressBar"},
           {"teamTable", "QTableView"},
           {"teamStatus", "QLabel"},
           {"teamNote", "QLabel"}}}},
        {QStringLiteral("HoldDialog.ui"),
         {"QDialog",
          "holdDialog",
          {{"holdAccount", "QLabel"},
           {"holdUntilOn", "QDateEdit"},
           {"holdUntilOnError", "QLabel"},
           {"holdReason", "QComboBox"},
           {"holdReasonError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("PromiseDialog.ui"),
         {"QDialog",
          "promiseDialog",
          {{"promiseAccount", "QLabel"},
           {"promiseCurrency", "QComboBox"},
           {"promiseAmount", "QLineEdit"},
           {"promiseAmountError", "QLabel"},
           {"promiseFor", "QDateEdit"},
           {"promiseForError", "QLabel"},
           {"promiseNote", "QLineEdit"},
           {"promiseFollowUp", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("PaymentPlanDialog.ui"),
         {"QDialog",
          "paymentPlanDialog",
          {{"planAccount", "QLabel"},
           {"planCurrency", "QComboBox"},
           {"planInvoices", "QListWidget"},
           {"planInvoicesError", "QLabel"},
           {"planSplitAmount", "QLineEdit"},
           {"planSplitAmountError", "QLabel"},
           {"planSplitCount", "QSpinBox"},
           {"planSplitFrom", "QDateEdit"},
           {"planSplit", "QPushButton"},
           {"planInstalments", "QTableWidget"},
           {"planInstalmentsError", "QLabel"},
           {"planAddInstalment", "QPushButton"},
           {"planRemoveInstalment", "QPushButton"},
           {"planTotal", "QLabel"},
           {"planNote", "QLineEdit"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("EndCommitmentDialog.ui"),
         {"QDialog",
          "endCommitmentDialog",
          {{"endCommitmentWhat", "QLabel"},
           {"endCommitmentOn", "QDateEdit"},
           {"endCommitmentOnError", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("ReassignDialog.ui"),
         {"QDialog",
          "reassignDialog",
          {{"reassignTo", "QComboBox"},
           {"reassignToError", "QLabel"},
           {"reassignSummary", "QLabel"},
           {"changeError", "QLabel"},
           {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("AgingView.ui"),
         {"QWidget",
          "agingView",
          {{"agingAsOf", "QDateEdit"},
           {"agingGrouping", "QComboBox"},
           {"agingBuckets", "QLineEdit"},
           {"agingTable", "QTableView"},
           {"agingChart", "QChartView"},
           {"agingStatus", "QLabel"},
           {"agingExportCsv", "QPushButton"},
           {"agingExportXlsx", "QPushButton"}}}},
        {QStringLiteral("AgingDrillDownDialog.ui"),
         {"QDialog", "agingDrillDown", {{"agingDrillDownSummary", "QLabel"}, {"agingDrillDownItems", "QTableView"}}}},
        {QStringLiteral("ImportFilePage.ui"),
         {"QWizardPage",
          "importFilePage",
          {{"importFile", "QLineEdit"},
           {"importProfile", "QComboBox"},
           {"importMappingFile", "QLineEdit"},
           {"importEffectiveOn", "QDateEdit"},
           {"importSnapshot", "QCheckBox"}}}},
        {QStringLiteral("ImportCheckPage.ui"),
         {"QWizardPage",
          "importCheckPage",
          {{"importCheckProgress", "QProgressBar"},
           {"importSummary", "QLabel"},
           {"importProblems", "QTableView"},
           {"importChanges", "QTableView"},
           {"importCopyList", "QPushButton"},
           {"importSaveList", "QPushButton"}}}},
        {QStringLiteral("UserGuideDialog.ui"),
         {"QDialog", "userGuideDialog", {{"userGuideText", "QTextBrowser"}, {"buttons", "QDialogButtonBox"}}}},
        {QStringLiteral("ImportResultPage.ui"), {"QWizardPage", "importResultPage", {{"importResult", "QLabel"}}}},
        {QStringLiteral("CashView.ui"),
         {"QWidget",
          "cashView",
          {{"cashSummary", "QLabel"},
           {"cashProposals", "QTableView"},
           {"cashReason", "QLabel"},
           {"cashLines", "QTableView"},
           {"lineAmount", "QLineEdit"},
           {"setAmount", "QPushButton"},
           {"dropInvoice", "QPushButton"},
           {"addInvoiceChoice", "QComboBox"},
           {"addInvoice", "QPushButton"},
           {"cashError", "QLabel"},
           {"openAccount", "QPushButton"},
           {"rejectProposal", "QPushButton"},
           {"acceptProposal", "QPushButton"}}}},
        {QStringLiteral("StrategyEditor.ui"),
         {"QDialog", "strategyEditor", {{"strategyTabs", "QTabWidget"},    {"strategiesTable", "QTableView"},
                                        {"strategyAdd", "QPushButton"},    {"strategyDeactivate", "QPushButton"},
                                        {"strategyName", "QLineEdit"},     {"strategyDescription", "QLineEdit"},
                                        {"strategyActive", "QCheckBox"},   {"stepsTable", "QTableView"},
                                        {"stepAdd", "QPushButton"},        {"stepRemove", "QPushButton"},
                                        {"rulesTable", "QTableView"},      {"ruleAdd", "QPushButton"},
                                        {"ruleRemove", "QPushButton"},     {"ruleUp", "QPushButton"},
                                        {"ruleDown", "QPushButton"},       {"ruleRiskClass", "QLineEdit"},
                                        {"ruleCustomerType", "QLineEdit"}, {"ruleOverdueFrom", "QLineEdit"},
                                        {"ruleOverdueBelow", "QLineEdit"}, {"ruleOverdueError", "QLabel"},
                                        {"ruleStrategy", "QComboBox"},     {"ruleChallenger", "QComboBox"},
                                        {"ruleShare", "QSpinBox"},         {"editorProblems", "QLabel"},
                                        {"editorStatus", "QLabel"},        {"buttons", "QDialogButtonBox"}}}},
    };
    return forms;
}

// Each expected name is one widget of the expected class under `root`.
void checkNames(const QWidget& root, const Names& names) {
    for (const auto& [name, className] : names) {
        INFO(name);
        const auto found = root.findChildren<QWidget*>(QString::fromLatin1(name));
        REQUIRE(found.size() == 1);
        CHECK(found.first()->inherits(className));
    }
}

} // namespace

TEST_CASE("Every form in ui/ loads cleanly as the class it declares, with every widget it names", "[gui][forms]") {
    const QStringList files = formFiles();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString& file : files) {
        INFO(file.toStdString());
        const QString path = QStringLiteral(DUEDESK_UI_DIR "/") + file;
        const std::vector<DeclaredWidget> declared = declaredWidgets(path);
        REQUIRE_FALSE(declared.empty());

        QFile form(path);
        REQUIRE(form.open(QIODevice::ReadOnly));
        FormLoader loader;
        caughtMessages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(catchMessage);
        std::unique_ptr<QWidget> widget(loader.load(&form));
        qInstallMessageHandler(previous);
        INFO(loader.errorString().toStdString());
        REQUIRE(widget);
        CHECK(loader.errorString().isEmpty());
        CHECK(caughtMessages.join(QLatin1Char('\n')).toStdString() == "");

        // The top-level widget is of the class the form declares.
        CHECK(QString::fromLatin1(widget->metaObject()->className()) == declared.front().className);
        CHECK(widget->objectName() == declared.front().name);
        // Every widget the form names is there, once, of its class.
        for (std::size_t i = 1; i < declared.size(); ++i) {
            INFO(declared[i].name.toStdString());
            const auto found = widget->findChildren<QWidget*>(declared[i].name);
            REQUIRE(found.size() == 1);
            CHECK(found.first()->inherits(declared[i].className.toLatin1().constData()));
        }

        if (const auto expected = expectations().find(file); expected != expectations().end()) {
            CHECK(widget->inherits(expected->second.topClass));
            CHECK(widget->objectName() == QString::fromLatin1(expected->second.topName));
            checkNames(*widget, expected->second.names);
        }
    }
    // Every form the GUI tests rely on is there.
    for (const auto& [file, expected] : expectations()) {
        INFO(file.toStdString());
        CHECK(files.contains(file));
    }
}

namespace {
const Names& namesOf(const char* form) { return expectations().at(QString::fromLatin1(form)).names; }
} // namespace

TEST_CASE("The dialogs built from their forms have the object names the GUI tests find widgets by", "[gui][forms]") {
    HandLedgerSession s;
    app::AppSession& session = *s.session;
    const AccountId a1 = session.database().accounts().findByNumber("A1")->id;
    Contact contact;
    contact.id = 1;
    contact.accountId = a1;
    contact.name = "Sam Clerk";

    app::SignInDialog signIn(session.database());
    checkNames(signIn, namesOf("SignInDialog.ui"));

    DemoOptions demo;
    app::FirstStartDialog firstStart(s.dir.file("new.db"), demo);
    CHECK(firstStart.objectName() == QStringLiteral("firstStart"));
    checkNames(firstStart, namesOf("FirstStartDialog.ui"));

    app::AddressDialog address(session, a1, Address{});
    CHECK(address.objectName() == QStringLiteral("addressDialog"));
    checkNames(address, namesOf("AddressDialog.ui"));
    app::ContactDialog addContact(session, a1, std::nullopt);
    CHECK(addContact.objectName() == QStringLiteral("contactDialog"));
    CHECK(addContact.windowTitle() == QStringLiteral("Add contact"));
    checkNames(addContact, namesOf("ContactDialog.ui"));
    app::ContactDialog changeContact(session, a1, contact);
    CHECK(changeContact.windowTitle() == QStringLiteral("Change contact"));
    app::LogContactDialog log(session, a1, {contact});
    CHECK(log.objectName() == QStringLiteral("logContactDialog"));
    checkNames(log, namesOf("LogContactDialog.ui"));
    app::EndContactDialog end(session, contact);
    CHECK(end.objectName() == QStringLiteral("endContactDialog"));
    checkNames(end, namesOf("EndContactDialog.ui"));

    app::AccountView account(session, a1);
    CHECK(account.objectName() == QStringLiteral("accountView"));
    checkNames(account, namesOf("AccountView.ui"));
    checkNames(account, namesOf("CashView.ui"));
    app::CashView cash(session, {});
    CHECK(cash.objectName() == QStringLiteral("cashView"));
    checkNames(cash, namesOf("CashView.ui"));
    app::LedgerView ledger(session);
    checkNames(ledger, namesOf("LedgerView.ui"));
    app::AgingView aging(session);
    checkNames(aging, namesOf("AgingView.ui"));
    app::DiaryView diary(session, session.user());
    CHECK(diary.objectName() == QStringLiteral("diaryView"));
    checkNames(diary, namesOf("DiaryView.ui"));
    app::TeamQueuesView team(session);
    CHECK(team.objectName() == QStringLiteral("teamQueuesView"));
    checkNames(team, namesOf("TeamQueuesView.ui"));
    app::HoldDialog hold(session, a1, QStringLiteral("A1  Acme Ltd"));
    CHECK(hold.objectName() == QStringLiteral("holdDialog"));
    checkNames(hold, namesOf("HoldDialog.ui"));
    app::DisputesView disputesPage(session);
    checkNames(disputesPage, namesOf("DisputesView.ui"));
    app::AccountDisputes disputes(session, a1);
    checkNames(disputes, namesOf("AccountDisputes.ui"));
    app::EscalationsView escalationsPage(session);
    checkNames(escalationsPage, namesOf("EscalationsView.ui"));
    app::ReferDialog refer(session, a1, QStringLiteral("A1  Acme Ltd"), QStringLiteral("GBP 1,150.50"));
    checkNames(refer, namesOf("ReferDialog.ui"));
    app::AttentionDialog attention(session, a1, QStringLiteral("A1  Acme Ltd"));
    checkNames(attention, namesOf("AttentionDialog.ui"));
    app::DisputeDialog dispute(session, a1, QStringLiteral("A1  Acme Ltd"), {});
    checkNames(dispute, namesOf("DisputeDialog.ui"));
    Dispute open;
    app::DisputeChangeDialog followUp(session, open);
    checkNames(followUp, namesOf("DisputeChangeDialog.ui"));
    app::WriteOffsView writeOffsPage(session);
    checkNames(writeOffsPage, namesOf("WriteOffsView.ui"));
    app::AccountWriteOffs writeOffs(session, a1);
    checkNames(writeOffs, namesOf("AccountWriteOffs.ui"));
    app::WriteOffRequestDialog writeOffRequest(session, a1, QStringLiteral("A1  Acme Ltd"), {});
    checkNames(writeOffRequest, namesOf("WriteOffRequestDialog.ui"));
    app::WriteOffDecisionDialog writeOffDecision(session, app::WriteOffDecisionDialog::Decision::Reject, {});
    checkNames(writeOffDecision, namesOf("DecisionDialog.ui"));
    app::CreditMemoDecisionDialog creditMemoDecision(session, app::CreditMemoDecisionDialog::Decision::Approve, {});
    checkNames(creditMemoDecision, namesOf("DecisionDialog.ui"));
    app::WriteOffPostDialog writeOffPost(session, {});
    checkNames(writeOffPost, namesOf("WriteOffPostDialog.ui"));
    app::PromiseDialog promise(session, a1, QStringLiteral("A1  Acme Ltd"), {Currency::of("GBP")});
    CHECK(promise.objectName() == QStringLiteral("promiseDialog"));
    checkNames(promise, namesOf("PromiseDialog.ui"));
    app::PaymentPlanDialog plan(session, a1, QStringLiteral("A1  Acme Ltd"),
                                session.database().documents().forAccount(a1));
    CHECK(plan.objectName() == QStringLiteral("paymentPlanDialog"));
    checkNames(plan, namesOf("PaymentPlanDialog.ui"));
    app::EndCommitmentDialog withdraw(session, app::EndCommitmentDialog::Kind::WithdrawPromise, 1,
                                      Date::ymd(2026, 6, 1), QStringLiteral("of GBP 100.00"));
    CHECK(withdraw.objectName() == QStringLiteral("endCommitmentDialog"));
    checkNames(withdraw, namesOf("EndCommitmentDialog.ui"));
    app::ReassignDialog reassign(session, {a1});
    CHECK(reassign.objectName() == QStringLiteral("reassignDialog"));
    checkNames(reassign, namesOf("ReassignDialog.ui"));

    app::StrategyEditor strategies(session);
    CHECK(strategies.objectName() == QStringLiteral("strategyEditor"));
    checkNames(strategies, namesOf("StrategyEditor.ui"));

    AgingOptions options;
    options.asOf = session.asOf();
    AgingRow row;
    row.key = "amorgan";
    row.currency = *Currency::fromCode("GBP");
    app::AgingDrillDownDialog drillDown(session.connector(), options, row, 0, AgingCellScope::Group,
                                        QStringLiteral("current"));
    CHECK(drillDown.objectName() == QStringLiteral("agingDrillDown"));
    checkNames(drillDown, namesOf("AgingDrillDownDialog.ui"));

    app::ImportWizard wizard(session);
    CHECK(wizard.objectName() == QStringLiteral("importWizard"));
    for (const char* page : {"ImportFilePage.ui", "ImportCheckPage.ui", "ImportResultPage.ui"})
        checkNames(wizard, namesOf(page));

    // The views' loads end before the ledger's folder goes.
    QThreadPool::globalInstance()->waitForDone();
}
