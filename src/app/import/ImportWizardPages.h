// The import wizard's three pages. Each page's layout is a form in ui/
// (ImportFilePage.ui, ImportCheckPage.ui, ImportResultPage.ui); the request
// they build is ImportRequest, which ImportJob runs.
#pragma once

#include "app/import/ImportChangesModel.h"
#include "app/import/ImportJob.h"
#include "app/import/ImportProblemsModel.h"
#include "app/session/AppSession.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ImportCheckPage;
class ImportFilePage;
class ImportResultPage;
} // namespace Ui

namespace duedesk::app {

class ImportWizard;

class ImportFilePage final : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(AppSession& session, QWidget* parent = nullptr);
    ~ImportFilePage() override;
    bool isComplete() const override;
    // Reads a typed effective date; a refused one keeps the page open.
    bool validatePage() override;
    // What the other pages run; dryRun as given.
    ImportRequest request(bool dryRun) const;

private:
    void browse();
    void browseMapping();

    std::unique_ptr<Ui::ImportFilePage> ui_;
    AppSession& session_;
};

class ImportCheckPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportCheckPage(ImportWizard& wizard, ImportFilePage& filePage);
    ~ImportCheckPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The list shown (the problems, or the changes the import would make):
    // as CSV to a file (an error message when it cannot be written), or as
    // tab-separated text to the clipboard, which pastes into a spreadsheet.
    std::optional<QString> saveList(const QString& path) const;
    void copyList() const;

private:
    enum class ListShown { None, Problems, Changes };
    void showOutcome();
    void showList(ListShown list);
    std::string listCsv(char separator) const;

    std::unique_ptr<Ui::ImportCheckPage> ui_;
    ImportWizard& wizard_;
    ImportFilePage& filePage_;
    ImportProblemsModel problems_;
    ImportChangesModel changes_;
    ListShown listShown_ = ListShown::None;
    ImportJob* job_ = nullptr;
    bool importable_ = false;
};

class ImportResultPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportResultPage(ImportWizard& wizard, ImportFilePage& filePage);
    ~ImportResultPage() override;
    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    std::unique_ptr<Ui::ImportResultPage> ui_;
    ImportWizard& wizard_;
    ImportFilePage& filePage_;
    ImportJob* job_ = nullptr;
};

} // namespace duedesk::app
