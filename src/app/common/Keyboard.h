// Keyboard habits every window shares, so that an analyst can work without
// the mouse.
#pragma once

class QWidget;

namespace duedesk::app {

// Gives the focus to the first field of `window` in its tab order (the
// form's tabstops), or leaves it where it is when there is none.
void focusFirstField(QWidget& window);

} // namespace duedesk::app
