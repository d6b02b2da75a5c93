// The user guide from its resource.
#include "app/help/UserGuideDialog.h"

#include "ui_UserGuideDialog.h"

#include <QFile>

namespace duedesk::app {

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), ui_(std::make_unique<Ui::UserGuideDialog>()) {
    ui_->setupUi(this);
    ui_->userGuideText->setMarkdown(guideText());
    // Links to other pages of docs/ are not in the program; the web ones open outside.
    ui_->userGuideText->setOpenExternalLinks(true);
}

UserGuideDialog::~UserGuideDialog() = default;

QString UserGuideDialog::guideText() {
    QFile file(QStringLiteral(":/help/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly)) return tr("The user guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

} // namespace duedesk::app
