// The import wizard's three pages. Each page owns its widgets; the request
// they build is ImportRequest, which ImportJob runs.
#pragma once

#include "app/session/AppSession.h"
#include "app/import/ImportJob.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;

namespace duedesk::app {

class ImportWizard;

class ImportFilePage final : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(AppSession& session, QWidget* parent = nullptr);
    bool isComplete() const override;
    // What the other pages run; dryRun as given.
    ImportRequest request(bool dryRun) const;

private:
    void browse();
    void browseMapping();

    AppSession& session_;
    QLineEdit* file_;
    QComboBox* profile_;
    QLineEdit* mappingFile_;
    QDateEdit* effectiveOn_;
    QCheckBox* snapshot_;
};

class ImportCheckPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportCheckPage(ImportWizard& wizard, ImportFilePage& filePage);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    ImportWizard& wizard_;
    ImportFilePage& filePage_;
    QProgressBar* progress_;
    QLabel* summary_;
    QTableWidget* problems_;
    ImportJob* job_ = nullptr;
    bool importable_ = false;
};

class ImportResultPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportResultPage(ImportWizard& wizard, ImportFilePage& filePage);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome();

    ImportWizard& wizard_;
    ImportFilePage& filePage_;
    QLabel* summary_;
    ImportJob* job_ = nullptr;
};

} // namespace duedesk::app
