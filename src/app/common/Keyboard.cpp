// Keyboard habits every window shares.
#include "app/common/Keyboard.h"

#include <QWidget>

namespace duedesk::app {

void focusFirstField(QWidget& window) {
    // The focus chain runs in the form's tab order; the first widget in it
    // that takes the focus by Tab is the first field.
    for (QWidget* w = window.nextInFocusChain(); w && w != &window; w = w->nextInFocusChain()) {
        if (window.isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !w->isHidden()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace duedesk::app
