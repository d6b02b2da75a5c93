// The wizard wires its pages together; the pages do the work.
#include "app/import/ImportWizard.h"

#include "app/import/ImportWizardPages.h"

namespace duedesk::app {

ImportWizard::ImportWizard(AppSession& session, QWidget* parent)
    : QWizard(parent), session_(session), filePage_(new ImportFilePage(session, this)) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import an ERP export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // Once the import has run there is nothing left to cancel: Finish closes.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, filePage_);
    setPage(CheckPage, new ImportCheckPage(*this, *filePage_));
    setPage(ResultPage, new ImportResultPage(*this, *filePage_));
    resize(760, 520);
}

} // namespace duedesk::app
