// StrategyEditor: the Collection strategies window, where team leaders
// keep the team's strategies (their steps by days past due) and the
// segment rules that choose among them, with each rule's challenger and
// its share. The layout is the form ui/StrategyEditor.ui; what is being
// edited is a StrategyDraft; the rules are the core's (strategyProblems,
// strategyRuleProblems, CollectionStrategies::saveChanges).
//
// Save first checks what was typed with the core's rules and lists every
// problem, writing nothing; then writes every change in one transaction
// on the thread pool, with a connection of its own that waits out another
// writer. A change the ledger refuses shows the core's reason, and the
// window keeps what was typed; nothing was written.
#pragma once

#include "app/common/BackgroundTask.h"
#include "app/session/AppSession.h"
#include "app/strategy/StrategyDraft.h"
#include "app/strategy/StrategyModels.h"

#include <QDialog>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class StrategyEditor;
}

namespace duedesk::app {

class StrategyEditor final : public QDialog {
    Q_OBJECT
public:
    explicit StrategyEditor(AppSession& session, QWidget* parent = nullptr);
    ~StrategyEditor() override;

    // Reads the strategies and rules anew in the background, forgetting
    // what was not saved; loaded() follows.
    void reload();
    // What Save does.
    void save();
    bool saving() const { return saving_; }
    const StrategyDraft& draft() const { return draft_; }

    // Shows the strategy at `row` of the list (the draft's order), or the rule.
    void selectStrategy(int row);
    void selectRule(int row);
    const StrategiesModel& strategies() const { return strategiesModel_; }
    const StepsModel& steps() const { return stepsModel_; }
    StepsModel& steps() { return stepsModel_; }
    const RulesModel& rules() const { return rulesModel_; }

    // Closing with changes not saved asks first; closing is refused while
    // a save runs.
    void reject() override;

signals:
    void loaded();
    // A save finished: written, or refused (nothing written).
    void saveFinished(bool written);

private:
    void showLoaded(StrategySnapshot snapshot);
    void showStrategy(int row);
    void readStrategyFields();
    void refreshStrategies();
    void addStrategy();
    void deactivateStrategy();
    void addStep();
    void removeStep();

    void showRule(int row);
    void fillStrategyChoices();
    void readRuleFields();
    void refreshRules();
    void addRule();
    void removeRule();
    void moveRule(int by);
    // The bound typed in `text`: nothing when empty; false when it is not
    // an amount.
    bool parseBound(const QString& text, std::optional<std::int64_t>& bound, QString& problem) const;
    QString boundEditText(const std::optional<std::int64_t>& bound) const;

    // Every problem the core's rules find in what would be saved, one a line.
    QStringList problems(int& firstStrategyRow, bool& inRules) const;
    void showProblems(const QString& text);
    void finishSave(const std::optional<std::string>& refusal);

    std::unique_ptr<Ui::StrategyEditor> ui_;
    AppSession& session_;
    StrategyDraft draft_;
    StrategiesModel strategiesModel_;
    StepsModel stepsModel_;
    RulesModel rulesModel_;
    int strategyRow_ = -1;
    int ruleRow_ = -1;
    bool filling_ = false; // the fields are being set from the draft
    bool saving_ = false;
    bool boundsInvalid_ = false;
    QString statusOnLoad_; // what the status line says once the load is shown
    RequestSequence loads_;
};

} // namespace duedesk::app
