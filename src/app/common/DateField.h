// DateField: every date a user enters in the workstation is a QDateEdit
// set up here, the same way: shown as yyyy-MM-dd with a calendar, kept
// within the range the core allows for that kind of date (DateLimits), and
// typed as text.
//
// Why typing is taken over: QDateEdit edits section by section. With the
// whole date selected, or the caret in a full year, the digits of a year
// typed over it are dropped and the rest lands in the month and day, so
// "2027-01-15" typed over 2026-11-30 became 2026-01-15; a day the month
// does not have, or a date outside the edit's range, is changed to
// another without a word. Here the field works as a line edit: focus
// selects the whole date, what is typed replaces the selection (the first
// key after a click that gave the focus replaces everything), the text
// stays exactly as typed, and it is read on Enter, on leaving the field or
// when the dialog asks (commit): a date in range becomes the field's
// date; anything else is refused with a message naming the allowed range,
// and the typed text stays for the user to correct. Tab goes to the next
// field, not the next section; Esc while typing puts the date back. The
// arrow keys and the calendar keep QDateEdit's own behaviour, within the
// range.
#pragma once

#include "duedesk/domain/DateLimits.h"

#include <QObject>
#include <QString>

class QDateEdit;
class QEvent;
class QKeyEvent;
class QLabel;
class QLineEdit;

namespace duedesk::app {

class DateField final : public QObject {
    Q_OBJECT
public:
    // Sets `edit` up (owned by it). `what` names the date in messages
    // ("follow-up"); `error`, if given, shows the problem beside the field.
    static DateField* attach(QDateEdit& edit, const QString& what, const DateRange& range, QLabel* error = nullptr);
    // The field set up on `edit`, or null.
    static DateField* of(const QDateEdit& edit);

    // Reads what was typed: true when the field holds a date in its range
    // (nothing typed counts as the date shown); otherwise shows why and
    // keeps the typed text.
    bool commit();
    // Why the last commit refused the typed text; empty when it did not.
    const QString& problem() const { return problem_; }
    bool typing() const { return typing_; }
    QDateEdit& edit() const { return edit_; }

signals:
    void problemChanged(const QString& problem);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DateField(QDateEdit& edit, const QString& what, const DateRange& range, QLabel* error);
    bool keyPressed(QKeyEvent& key);
    void type(const QString& text);
    void erase(bool backwards);
    void show(const QString& text, int cursor);
    void moveFocus(bool forward);
    void setProblem(const QString& problem);

    QDateEdit& edit_;
    QLineEdit* line_;
    QString what_;
    DateRange range_;
    QLabel* error_;
    bool typing_ = false; // the line shows typed text, not the date
    bool fresh_ = true; // focus just arrived: the first key replaces all
    int pressesSinceFocus_ = 0;
    QString problem_;
};

} // namespace duedesk::app
