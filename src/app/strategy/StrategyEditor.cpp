// The Collection strategies window: the strategies with their steps, the
// segment rules, and saving them all at once.
#include "app/strategy/StrategyEditor.h"

#include "ui_StrategyEditor.h"

#include "app/common/ChangeRefusal.h"
#include "app/common/TableViews.h"
#include "app/strategy/StepDelegate.h"

#include "duedesk/domain/Money.h"
#include "duedesk/domain/StrategyProblems.h"
#include "duedesk/services/AccessPolicy.h"
#include "duedesk/services/ApplicationLog.h"
#include "duedesk/services/CollectionStrategies.h"
#include "duedesk/services/TeamSettings.h"
#include "duedesk/storage/StorageError.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace duedesk::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

int rowOf(const QTableView& table) {
    const QModelIndex current = table.selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void selectRow(QTableView& table, int row) {
    QAbstractItemModel* model = table.model();
    if (row < 0 || row >= model->rowCount()) return;
    table.selectionModel()->setCurrentIndex(model->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// The rules as they would be saved: ranked 10, 20, 30... in the order shown.
std::vector<StrategyRule> ranked(std::vector<StrategyRule> rules) {
    int rank = 0;
    for (StrategyRule& r : rules) r.rank = rank += 10;
    return rules;
}

} // namespace

StrategyEditor::StrategyEditor(AppSession& session, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::StrategyEditor>()), session_(session) {
    ui_->setupUi(this);
    ui_->editorProblems->hide();
    ui_->ruleForm->setRowVisible(ui_->ruleOverdueError, false);
    // A rule's conditions are short: fields wide enough for them, not the window.
    const int fieldWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44;
    for (QWidget* field : std::initializer_list<QWidget*>{ui_->ruleRiskClass, ui_->ruleCustomerType,
                                                          ui_->ruleOverdueFrom, ui_->ruleOverdueBelow,
                                                          ui_->ruleStrategy, ui_->ruleChallenger, ui_->ruleShare}) {
        field->setSizePolicy(QSizePolicy::Expanding, field->sizePolicy().verticalPolicy());
        field->setMaximumWidth(fieldWidth);
    }
    ui_->buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save every change (Ctrl+S)"));

    ui_->strategiesTable->setModel(&strategiesModel_);
    setCompactRows(*ui_->strategiesTable);
    // The name takes the room; the counts stay beside it.
    ui_->strategiesTable->horizontalHeader()->setStretchLastSection(false);
    ui_->strategiesTable->horizontalHeader()->setSectionResizeMode(StrategiesModel::section(StrategyColumn::Name),
                                                                   QHeaderView::Stretch);
    ui_->stepsTable->setModel(&stepsModel_);
    ui_->stepsTable->setItemDelegate(new StepDelegate(ui_->stepsTable));
    ui_->stepsTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    ui_->stepsTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    setCompactRows(*ui_->stepsTable);
    ui_->stepsTable->verticalHeader()->setVisible(true);
    ui_->rulesTable->setModel(&rulesModel_);
    setCompactRows(*ui_->rulesTable);
    rulesModel_.setStrategyName([this](StrategyId id) {
        const Strategy* s = draft_.find(id);
        return s ? q(s->name) : tr("(no such strategy)");
    });

    connect(ui_->strategiesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!filling_ && current.isValid() && current.row() != strategyRow_) showStrategy(current.row());
            });
    connect(ui_->strategyName, &QLineEdit::textEdited, this, &StrategyEditor::readStrategyFields);
    connect(ui_->strategyDescription, &QLineEdit::textEdited, this, &StrategyEditor::readStrategyFields);
    connect(ui_->strategyActive, &QCheckBox::toggled, this, &StrategyEditor::readStrategyFields);
    connect(&stepsModel_, &StepsModel::edited, this, &StrategyEditor::readStrategyFields);
    connect(ui_->strategyAdd, &QPushButton::clicked, this, &StrategyEditor::addStrategy);
    connect(ui_->strategyDeactivate, &QPushButton::clicked, this, &StrategyEditor::deactivateStrategy);
    connect(ui_->stepAdd, &QPushButton::clicked, this, &StrategyEditor::addStep);
    connect(ui_->stepRemove, &QPushButton::clicked, this, &StrategyEditor::removeStep);
    auto* insertStep = new QShortcut(QKeySequence(Qt::Key_Insert), ui_->stepsTable);
    insertStep->setContext(Qt::WidgetShortcut);
    connect(insertStep, &QShortcut::activated, this, &StrategyEditor::addStep);
    auto* deleteStep = new QShortcut(QKeySequence::Delete, ui_->stepsTable);
    deleteStep->setContext(Qt::WidgetShortcut);
    connect(deleteStep, &QShortcut::activated, this, &StrategyEditor::removeStep);

    connect(ui_->rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!filling_ && current.isValid() && current.row() != ruleRow_) showRule(current.row());
            });
    for (QLineEdit* edit : {ui_->ruleRiskClass, ui_->ruleCustomerType, ui_->ruleOverdueFrom, ui_->ruleOverdueBelow})
        connect(edit, &QLineEdit::textEdited, this, &StrategyEditor::readRuleFields);
    for (QComboBox* box : {ui_->ruleStrategy, ui_->ruleChallenger})
        connect(box, &QComboBox::currentIndexChanged, this, &StrategyEditor::readRuleFields);
    connect(ui_->ruleShare, &QSpinBox::valueChanged, this, &StrategyEditor::readRuleFields);
    connect(ui_->ruleAdd, &QPushButton::clicked, this, &StrategyEditor::addRule);
    connect(ui_->ruleRemove, &QPushButton::clicked, this, &StrategyEditor::removeRule);
    connect(ui_->ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(ui_->ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), ui_->rulesPage);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveRule(-1); });
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), ui_->rulesPage);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveRule(1); });
    // The rules name strategies by name: show them as they are now.
    connect(ui_->strategyTabs, &QTabWidget::currentChanged, this, [this] {
        refreshRules();
        showRule(ruleRow_);
    });

    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &StrategyEditor::save);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &StrategyEditor::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &StrategyEditor::save);

    resize(1100, 660);
    // The list first: arrows pick a strategy, Tab goes on to its fields.
    ui_->strategiesTable->setFocus(Qt::OtherFocusReason);
    showStrategy(-1);
    showRule(-1);
    reload();
}

StrategyEditor::~StrategyEditor() = default;

void StrategyEditor::reload() {
    ui_->editorStatus->setText(tr("Reading the strategies…"));
    runLatestInBackground<StrategySnapshot>(
        this, loads_,
        [connector = session_.connector()] {
            auto db = connector.connect();
            CollectionStrategies strategies(*db);
            StrategySnapshot s;
            s.strategies = strategies.list();
            s.rules = strategies.rules();
            s.following = strategies.accountsFollowing();
            s.reporting = TeamSettings(*db).reportingCurrency();
            return s;
        },
        [this](Outcome<StrategySnapshot> outcome) {
            if (auto* failure = std::get_if<std::string>(&outcome)) {
                ui_->editorStatus->clear();
                showProblems(tr("The strategies could not be read: %1").arg(q(*failure)));
                return;
            }
            showLoaded(std::move(std::get<StrategySnapshot>(outcome)));
        });
}

void StrategyEditor::showLoaded(StrategySnapshot snapshot) {
    // The strategy on show stays on show, by name, after a save.
    const std::string shown =
        strategyRow_ >= 0 ? draft_.strategies()[static_cast<std::size_t>(strategyRow_)].name : std::string();
    const int rule = ruleRow_;
    draft_.reset(std::move(snapshot));
    rulesModel_.setReportingCurrency(draft_.reporting());
    const QString unit = draft_.reporting() ? q(std::string(draft_.reporting()->code())) : tr("minor units");
    ui_->ruleOverdueFromLabel->setText(tr("Overdue at least (&from), %1:").arg(unit));
    ui_->ruleOverdueBelowLabel->setText(tr("Overdue &below, %1:").arg(unit));
    strategyRow_ = -1;
    ruleRow_ = -1;
    refreshStrategies();
    refreshRules();
    ui_->strategiesTable->resizeColumnsToContents();
    const auto& all = draft_.strategies();
    const auto it = std::ranges::find(all, shown, &Strategy::name);
    selectStrategy(all.empty() ? -1 : it == all.end() ? 0 : static_cast<int>(it - all.begin()));
    selectRule(draft_.rules().empty() ? -1 : std::clamp(rule, 0, static_cast<int>(draft_.rules().size()) - 1));
    ui_->rulesTable->resizeColumnsToContents();
    ui_->editorStatus->setText(all.empty() ? tr("No strategies yet: add one with New strategy.") : statusOnLoad_);
    statusOnLoad_.clear();
    emit loaded();
}

void StrategyEditor::selectStrategy(int row) {
    selectRow(*ui_->strategiesTable, row);
    showStrategy(row);
}

void StrategyEditor::selectRule(int row) {
    selectRow(*ui_->rulesTable, row);
    showRule(row);
}

// Strategies

void StrategyEditor::showStrategy(int row) {
    const bool valid = row >= 0 && row < static_cast<int>(draft_.strategies().size());
    strategyRow_ = valid ? row : -1;
    filling_ = true;
    for (QWidget* w :
         std::initializer_list<QWidget*>{ui_->strategyName, ui_->strategyDescription, ui_->strategyActive,
                                         ui_->stepsTable, ui_->stepAdd, ui_->stepRemove, ui_->strategyDeactivate})
        w->setEnabled(valid);
    if (valid) {
        const Strategy& s = draft_.strategies()[static_cast<std::size_t>(row)];
        ui_->strategyName->setText(q(s.name));
        ui_->strategyDescription->setText(q(s.description));
        ui_->strategyActive->setChecked(s.active);
        ui_->strategyDeactivate->setEnabled(s.active);
        stepsModel_.setSteps(s.steps);
    } else {
        ui_->strategyName->clear();
        ui_->strategyDescription->clear();
        ui_->strategyActive->setChecked(false);
        stepsModel_.setSteps({});
    }
    ui_->stepsTable->horizontalHeader()->resizeSection(StepsModel::section(StepColumn::DaysPastDue), 120);
    ui_->stepsTable->horizontalHeader()->resizeSection(StepsModel::section(StepColumn::Action), 120);
    filling_ = false;
}

void StrategyEditor::readStrategyFields() {
    if (filling_ || strategyRow_ < 0) return;
    Strategy& s = draft_.strategy(static_cast<std::size_t>(strategyRow_));
    s.name = ui_->strategyName->text().toStdString();
    s.description = ui_->strategyDescription->text().toStdString();
    s.active = ui_->strategyActive->isChecked();
    s.steps = stepsModel_.steps();
    ui_->strategyDeactivate->setEnabled(s.active);
    refreshStrategies();
}

void StrategyEditor::refreshStrategies() {
    std::vector<StrategyListRow> rows;
    for (const Strategy& s : draft_.strategies()) rows.push_back({s, draft_.following(s.id), draft_.changed(s)});
    filling_ = true;
    strategiesModel_.setRows(std::move(rows));
    selectRow(*ui_->strategiesTable, strategyRow_);
    filling_ = false;
}

void StrategyEditor::addStrategy() {
    // A name of its own, for the team leader to replace.
    QString name = tr("New strategy");
    for (int n = 2; std::ranges::any_of(
             draft_.strategies(),
             [&name](const Strategy& s) { return QString::compare(q(s.name), name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("New strategy %1").arg(n);
    const auto row = static_cast<int>(draft_.addStrategy(name.toStdString()));
    refreshStrategies();
    selectStrategy(row);
    ui_->strategyTabs->setCurrentWidget(ui_->strategiesPage);
    ui_->strategyName->setFocus(Qt::OtherFocusReason);
    ui_->strategyName->selectAll();
}

void StrategyEditor::deactivateStrategy() {
    if (strategyRow_ < 0) return;
    ui_->strategyActive->setChecked(false); // read back through toggled
}

void StrategyEditor::addStep() {
    if (strategyRow_ < 0) return;
    const int row = stepsModel_.addStep();
    const QModelIndex days = stepsModel_.index(row, StepsModel::section(StepColumn::DaysPastDue));
    ui_->stepsTable->setFocus(Qt::OtherFocusReason);
    ui_->stepsTable->setCurrentIndex(days);
    ui_->stepsTable->edit(days);
}

void StrategyEditor::removeStep() {
    const int row = rowOf(*ui_->stepsTable);
    if (row < 0) return;
    stepsModel_.removeStep(row);
    if (stepsModel_.rowCount() > 0)
        ui_->stepsTable->setCurrentIndex(stepsModel_.index(std::min(row, stepsModel_.rowCount() - 1), 0));
}

// Rules

void StrategyEditor::fillStrategyChoices() {
    const QSignalBlocker blockStrategy(ui_->ruleStrategy);
    const QSignalBlocker blockChallenger(ui_->ruleChallenger);
    ui_->ruleStrategy->clear();
    ui_->ruleChallenger->clear();
    ui_->ruleChallenger->addItem(tr("None"), QVariant());
    for (const Strategy& s : draft_.strategies()) {
        const QString name = s.active ? q(s.name) : tr("%1 (inactive)").arg(q(s.name));
        ui_->ruleStrategy->addItem(name, QVariant::fromValue<qint64>(s.id));
        ui_->ruleChallenger->addItem(name, QVariant::fromValue<qint64>(s.id));
    }
}

QString StrategyEditor::boundEditText(const std::optional<std::int64_t>& bound) const {
    if (!bound) return {};
    if (draft_.reporting()) return q(Money(*bound, *draft_.reporting()).toDecimalString());
    return QString::number(*bound);
}

bool StrategyEditor::parseBound(const QString& text, std::optional<std::int64_t>& bound, QString& problem) const {
    const QString typed = text.trimmed();
    if (typed.isEmpty()) {
        bound.reset();
        return true;
    }
    if (draft_.reporting()) {
        std::string reason;
        const auto money = Money::parse(typed.toStdString(), *draft_.reporting(), &reason);
        if (!money) {
            problem = q(reason);
            return false;
        }
        bound = money->minorUnits();
        return true;
    }
    bool ok = false;
    const qint64 minor = typed.toLongLong(&ok);
    if (!ok) {
        problem = tr("\"%1\" is not a whole number of minor units").arg(typed);
        return false;
    }
    bound = minor;
    return true;
}

void StrategyEditor::showRule(int row) {
    const bool valid = row >= 0 && row < static_cast<int>(draft_.rules().size());
    ruleRow_ = valid ? row : -1;
    filling_ = true;
    fillStrategyChoices();
    ui_->ruleBox->setEnabled(valid);
    ui_->ruleRemove->setEnabled(valid);
    ui_->ruleUp->setEnabled(valid && row > 0);
    ui_->ruleDown->setEnabled(valid && row + 1 < static_cast<int>(draft_.rules().size()));
    ui_->ruleForm->setRowVisible(ui_->ruleOverdueError, false);
    boundsInvalid_ = false;
    if (valid) {
        const StrategyRule& r = draft_.rules()[static_cast<std::size_t>(row)];
        ui_->ruleRiskClass->setText(q(r.riskClass));
        ui_->ruleCustomerType->setText(q(r.customerType));
        ui_->ruleOverdueFrom->setText(boundEditText(r.minOverdue));
        ui_->ruleOverdueBelow->setText(boundEditText(r.maxOverdue));
        ui_->ruleStrategy->setCurrentIndex(ui_->ruleStrategy->findData(QVariant::fromValue<qint64>(r.strategyId)));
        ui_->ruleChallenger->setCurrentIndex(
            r.challengerId ? ui_->ruleChallenger->findData(QVariant::fromValue<qint64>(*r.challengerId)) : 0);
        ui_->ruleShare->setValue(r.challengerPercent);
    } else {
        for (QLineEdit* e : {ui_->ruleRiskClass, ui_->ruleCustomerType, ui_->ruleOverdueFrom, ui_->ruleOverdueBelow})
            e->clear();
        ui_->ruleShare->setValue(0);
    }
    filling_ = false;
}

void StrategyEditor::readRuleFields() {
    if (filling_ || ruleRow_ < 0) return;
    StrategyRule& r = draft_.rules()[static_cast<std::size_t>(ruleRow_)];
    r.riskClass = ui_->ruleRiskClass->text().trimmed().toStdString();
    r.customerType = ui_->ruleCustomerType->text().trimmed().toStdString();
    // A bound that is not an amount keeps the rule's last one, and Save
    // waits until it is fixed.
    QStringList wrong;
    QString problem;
    if (!parseBound(ui_->ruleOverdueFrom->text(), r.minOverdue, problem))
        wrong << tr("Overdue at least: %1.").arg(problem);
    if (!parseBound(ui_->ruleOverdueBelow->text(), r.maxOverdue, problem))
        wrong << tr("Overdue below: %1.").arg(problem);
    boundsInvalid_ = !wrong.isEmpty();
    ui_->ruleOverdueError->setText(wrong.join(QLatin1Char(' ')));
    ui_->ruleForm->setRowVisible(ui_->ruleOverdueError, boundsInvalid_);
    const QVariant strategy = ui_->ruleStrategy->currentData();
    r.strategyId = strategy.isValid() ? strategy.toLongLong() : 0;
    const QVariant challenger = ui_->ruleChallenger->currentData();
    r.challengerId = challenger.isValid() ? std::optional<StrategyId>(challenger.toLongLong()) : std::nullopt;
    r.challengerPercent = ui_->ruleShare->value();
    refreshRules();
}

void StrategyEditor::refreshRules() {
    filling_ = true;
    rulesModel_.setRows(ranked(draft_.rules()));
    selectRow(*ui_->rulesTable, ruleRow_);
    filling_ = false;
}

void StrategyEditor::addRule() {
    // At the bottom, choosing the first active strategy; the team leader
    // moves it above the rule that catches every account.
    StrategyRule rule;
    const auto& all = draft_.strategies();
    if (const auto it = std::ranges::find(all, true, &Strategy::active); it != all.end()) rule.strategyId = it->id;
    draft_.rules().push_back(rule);
    const int row = static_cast<int>(draft_.rules().size()) - 1;
    ruleRow_ = -1;
    refreshRules();
    selectRule(row);
    ui_->ruleRiskClass->setFocus(Qt::OtherFocusReason);
}

void StrategyEditor::removeRule() {
    if (ruleRow_ < 0) return;
    auto& rules = draft_.rules();
    rules.erase(rules.begin() + ruleRow_);
    const int row = std::min(ruleRow_, static_cast<int>(rules.size()) - 1);
    ruleRow_ = -1;
    refreshRules();
    selectRule(row);
}

void StrategyEditor::moveRule(int by) {
    auto& rules = draft_.rules();
    const int to = ruleRow_ + by;
    if (ruleRow_ < 0 || to < 0 || to >= static_cast<int>(rules.size())) return;
    std::swap(rules[static_cast<std::size_t>(ruleRow_)], rules[static_cast<std::size_t>(to)]);
    ruleRow_ = -1;
    refreshRules();
    selectRule(to);
}

// Saving

QStringList StrategyEditor::problems(int& firstStrategyRow, bool& inRules) const {
    QStringList lines;
    firstStrategyRow = -1;
    inRules = false;
    const auto& all = draft_.strategies();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!draft_.changed(all[i])) continue;
        const QString name = q(all[i].name).trimmed();
        const QString which = name.isEmpty() ? tr("A strategy without a name") : name;
        for (const FieldProblem& p : strategyProblems(all[i])) {
            lines << tr("%1: %2").arg(which, q(p.message));
            if (firstStrategyRow < 0) firstStrategyRow = static_cast<int>(i);
        }
    }
    const std::vector<StrategyRule> rules = ranked(draft_.rules());
    for (const FieldProblem& p : strategyRuleProblems(rules)) {
        lines << q(p.message);
        inRules = true;
    }
    return lines;
}

void StrategyEditor::showProblems(const QString& text) {
    ui_->editorProblems->setText(text);
    ui_->editorProblems->setVisible(!text.isEmpty());
}

void StrategyEditor::save() {
    if (saving_) return; // one save at a time
    // A step still being edited is part of what is saved: its editor
    // hands its value over as it loses the focus.
    if (QWidget* focus = QApplication::focusWidget();
        focus && focus != ui_->stepsTable && ui_->stepsTable->isAncestorOf(focus))
        ui_->stepsTable->setFocus(Qt::OtherFocusReason);
    if (boundsInvalid_) {
        ui_->strategyTabs->setCurrentWidget(ui_->rulesPage);
        showProblems(ui_->ruleOverdueError->text());
        ui_->ruleOverdueFrom->setFocus(Qt::OtherFocusReason);
        return;
    }
    int firstStrategy = -1;
    bool inRules = false;
    if (const QStringList found = problems(firstStrategy, inRules); !found.isEmpty()) {
        showProblems(tr("Nothing was saved:\n%1").arg(found.join(QLatin1Char('\n'))));
        ui_->editorStatus->clear();
        if (firstStrategy >= 0) {
            ui_->strategyTabs->setCurrentWidget(ui_->strategiesPage);
            selectStrategy(firstStrategy);
        } else if (inRules) {
            ui_->strategyTabs->setCurrentWidget(ui_->rulesPage);
        }
        return;
    }
    if (!draft_.modified()) {
        showProblems({});
        ui_->editorStatus->setText(tr("Nothing to save: no changes."));
        return;
    }
    saving_ = true;
    // What is saved is what is on screen: nothing changes until it is written.
    ui_->strategyTabs->setEnabled(false);
    ui_->buttons->setEnabled(false);
    showProblems({});
    ui_->editorStatus->setText(tr("Saving…"));
    // A save not written within a moment is waiting for the ledger: say so.
    QTimer::singleShot(400, this, [this] {
        if (saving_)
            ui_->editorStatus->setText(tr("Waiting for the ledger: another change, such as an import, is being "
                                          "written. Your changes are kept and will be saved when it finishes."));
    });
    runInBackground<std::optional<std::string>>(
        this,
        [changes = draft_.changes(), actor = session_.actor(),
         connector = session_.connector()]() -> std::optional<std::string> {
            auto database = connector.connect(AppSession::kChangeLockWait);
            return refusalOf("strategies", [&] { CollectionStrategies(*database).saveChanges(changes, actor); });
        },
        [this](Outcome<std::optional<std::string>> outcome) {
            if (auto* failure = std::get_if<std::string>(&outcome)) {
                finishSave(tr("The changes could not be saved: %1").arg(q(*failure)).toStdString());
                return;
            }
            finishSave(std::get<std::optional<std::string>>(outcome));
        });
}

void StrategyEditor::finishSave(const std::optional<std::string>& refusal) {
    saving_ = false;
    ui_->strategyTabs->setEnabled(true);
    ui_->buttons->setEnabled(true);
    if (refusal) {
        ui_->editorStatus->clear();
        showProblems(tr("Nothing was saved:\n%1").arg(q(*refusal)));
        emit saveFinished(false);
        return;
    }
    statusOnLoad_ = tr("Saved.");
    emit saveFinished(true);
    reload();
}

void StrategyEditor::reject() {
    if (saving_) return;
    if (draft_.modified() &&
        QMessageBox::question(this, windowTitle(), tr("Close without saving the changes?"),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace duedesk::app
