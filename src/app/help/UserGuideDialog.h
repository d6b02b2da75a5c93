// UserGuideDialog (Help > User guide): the user guide, docs/user-guide.md,
// compiled into the program as a resource and shown as formatted text; the
// same file is what the repository's docs/ show, so there is one guide.
// The layout is the form ui/UserGuideDialog.ui.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UserGuideDialog;
}

namespace duedesk::app {

class UserGuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    ~UserGuideDialog() override;

    // The guide's Markdown as compiled in.
    static QString guideText();

private:
    std::unique_ptr<Ui::UserGuideDialog> ui_;
};

} // namespace duedesk::app
