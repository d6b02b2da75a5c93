// ImportWizard (File > Import): choose the file, its profile, the date the
// changes take effect and whether it is a full snapshot; see the dry run's
// counts and every problem with its line; then import with a progress
// dialog that can cancel. A rejected, failed or cancelled import leaves the
// ledger exactly as it was: the service works in one transaction.
#pragma once

#include "app/session/AppSession.h"

#include <QWizard>

namespace duedesk::app {

class ImportFilePage;
class ImportCheckPage;
class ImportResultPage;

class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, CheckPage, ResultPage };
    explicit ImportWizard(AppSession& session, QWidget* parent = nullptr);

signals:
    // The dry run has finished (counts or problems are shown).
    void checked();
    // The import has ended: written, unchanged, cancelled or failed.
    void importEnded(bool ledgerChanged);

private:
    friend class ImportCheckPage;
    friend class ImportResultPage;
    AppSession& session_;
    ImportFilePage* filePage_;
};

} // namespace duedesk::app
