// Typing a date as text into a QDateEdit, read once, checked against the
// core's range for that kind of date. See DateField.h for why.
#include "app/common/DateField.h"

#include "app/common/QtDate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QValidator>

namespace duedesk::app {
namespace {
const char* const kProperty = "duedeskDateField";
} // namespace

DateField* DateField::attach(QDateEdit& edit, const QString& what, const DateRange& range, QLabel* error) {
    return new DateField(edit, what, range, error);
}

DateField* DateField::of(const QDateEdit& edit) { return edit.property(kProperty).value<DateField*>(); }

DateField::DateField(QDateEdit& edit, const QString& what, const DateRange& range, QLabel* error)
    : QObject(&edit), edit_(edit), line_(edit.findChild<QLineEdit*>()), what_(what), range_(range), error_(error) {
    Q_ASSERT(line_);
    edit.setProperty(kProperty, QVariant::fromValue(this));
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit.setCalendarPopup(true);
    edit.setDateRange(toQDate(range.earliest), toQDate(range.latest));
    // The date changes when the typing is read, not with every key.
    edit.setKeyboardTracking(false);
    if (error_) error_->hide();
    edit.installEventFilter(this);
    line_->installEventFilter(this);
    // The calendar or an arrow key set a date: that is what the field holds.
    connect(&edit, &QDateEdit::dateChanged, this, [this] {
        typing_ = false;
        setProblem({});
    });
}

bool DateField::commit() {
    if (!typing_) return problem_.isEmpty();
    const QString typed = line_->text().trimmed();
    const std::optional<Date> date = Date::parseIso(typed.toStdString());
    if (!date) {
        setProblem(tr("“%1” is not a date: type the %2 as yyyy-mm-dd, such as %3.")
                       .arg(typed, what_, edit_.date().toString(Qt::ISODate)));
        return false;
    }
    if (const auto outside = dateRangeProblem(*date, range_, what_.toStdString())) {
        setProblem(QString::fromStdString(*outside) + QLatin1Char('.'));
        return false;
    }
    typing_ = false;
    setProblem({});
    if (toQDate(*date) == edit_.date())
        line_->setText(edit_.date().toString(Qt::ISODate)); // the same date, typed again
    else
        edit_.setDate(toQDate(*date));
    return true;
}

void DateField::setProblem(const QString& problem) {
    if (problem == problem_) return;
    problem_ = problem;
    if (error_) {
        error_->setText(problem);
        error_->setVisible(!problem.isEmpty());
    }
    emit problemChanged(problem);
}

void DateField::type(const QString& text) {
    QString shown = line_->text();
    int at = line_->cursorPosition();
    if (line_->hasSelectedText()) {
        at = line_->selectionStart();
        shown.remove(at, line_->selectedText().size());
    } else if (fresh_) {
        shown.clear();
        at = 0;
    }
    shown.insert(at, text);
    typing_ = true;
    fresh_ = false;
    show(shown, at + static_cast<int>(text.size()));
}

void DateField::show(const QString& text, int cursor) {
    // The line's validator is the date edit's, which pads and rewrites
    // what it is given ("2027-02-3" becomes "2027-02-03"): the typed text
    // goes in without it.
    const QValidator* validator = line_->validator();
    // Nor is the edit told: it would put its date back at once; the typed
    // text is read when it is committed.
    const QSignalBlocker quiet(line_);
    line_->setValidator(nullptr);
    line_->setText(text);
    line_->setValidator(validator);
    line_->setCursorPosition(cursor);
}

void DateField::moveFocus(bool forward) {
    // QDateEdit takes Tab to mean the next section; here, as in every
    // other field, it means the next field.
    QWidget* w = &edit_;
    do {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
    } while (w != &edit_ && (edit_.isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() ||
                             !w->isVisibleTo(edit_.window()) || w->focusProxy()));
    if (w != &edit_) w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

void DateField::erase(bool backwards) {
    QString shown = line_->text();
    int at = line_->cursorPosition();
    if (line_->hasSelectedText()) {
        at = line_->selectionStart();
        shown.remove(at, line_->selectedText().size());
    } else if (backwards && at > 0) {
        shown.remove(--at, 1);
    } else if (!backwards && at < shown.size()) {
        shown.remove(at, 1);
    }
    typing_ = true;
    fresh_ = false;
    show(shown, at);
}

bool DateField::keyPressed(QKeyEvent& key) {
    const Qt::KeyboardModifiers mods = key.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    switch (key.key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (mods != Qt::NoModifier) return false;
        moveFocus(key.key() == Qt::Key_Tab && !(key.modifiers() & Qt::ShiftModifier));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // A refused date keeps Enter from reaching the dialog's OK.
        return typing_ && !commit();
    case Qt::Key_Escape:
        if (!typing_) return false;
        typing_ = false;
        show(edit_.date().toString(Qt::ISODate), 0);
        line_->selectAll();
        setProblem({});
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: return typing_ && !commit();
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (mods != Qt::NoModifier) return false;
        erase(key.key() == Qt::Key_Backspace);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        // Moving the caret through typed text is the line's own business.
        if (!typing_) return false;
        QCoreApplication::sendEvent(line_, &key);
        return true;
    default: break;
    }
    if (key.matches(QKeySequence::SelectAll)) {
        line_->selectAll();
        fresh_ = false;
        return true;
    }
    if (key.matches(QKeySequence::Paste)) {
        type(QApplication::clipboard()->text().trimmed());
        return true;
    }
    if (mods == Qt::NoModifier && !key.text().isEmpty() && key.text().front().isPrint()) {
        type(key.text());
        return true;
    }
    return false;
}

bool DateField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == line_) {
        // A click after the focus arrived places the caret or selects a
        // part: typing then edits there rather than replacing everything.
        if (event->type() == QEvent::MouseButtonDblClick ||
            (event->type() == QEvent::MouseButtonPress && ++pressesSinceFocus_ > 1))
            fresh_ = false;
        return false;
    }
    switch (event->type()) {
    case QEvent::KeyPress: return keyPressed(static_cast<QKeyEvent&>(*event));
    case QEvent::FocusIn:
        // The whole date selected, as a line edit does: what is typed
        // replaces it (QDateEdit would select only the year).
        static_cast<QObject&>(edit_).event(event);
        line_->selectAll();
        fresh_ = true;
        pressesSinceFocus_ = 0;
        return true;
    case QEvent::FocusOut: {
        if (!typing_ || commit()) return false;
        // Refused: let the edit lose focus, which puts its date back in
        // the line, then show the typed text again for the user to fix.
        const QString typed = line_->text();
        static_cast<QObject&>(edit_).event(event);
        show(typed, static_cast<int>(typed.size()));
        return true;
    }
    default: return false;
    }
}

} // namespace duedesk::app
