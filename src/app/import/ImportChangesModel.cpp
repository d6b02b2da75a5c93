// Cells of the import check's change list.
#include "app/import/ImportChangesModel.h"

#include "app/account/AccountTexts.h"
#include "app/common/MoneyText.h"

#include <limits>

namespace duedesk::app {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString money(const Money& m) { return moneyText(m.minorUnits(), m.currency()); }

QString kindText(DocumentChangeKind kind) {
    switch (kind) {
    case DocumentChangeKind::Created: return ImportChangesModel::tr("Created");
    case DocumentChangeKind::Updated: return ImportChangesModel::tr("Updated");
    case DocumentChangeKind::Closed: return ImportChangesModel::tr("Closed (not in the snapshot)");
    }
    return {};
}

} // namespace

QString ImportChangesModel::heading(ImportChangeColumn column) const {
    switch (column) {
    case ImportChangeColumn::Line: return tr("Line");
    case ImportChangeColumn::Account: return tr("Account");
    case ImportChangeColumn::Document: return tr("Document");
    case ImportChangeColumn::Currency: return tr("Currency");
    case ImportChangeColumn::OldOpen: return tr("Open now");
    case ImportChangeColumn::NewOpen: return tr("Open after");
    case ImportChangeColumn::Change: return tr("Change");
    case ImportChangeColumn::Count: break;
    }
    return {};
}

QString ImportChangesModel::text(const DocumentChange& c, ImportChangeColumn column) const {
    switch (column) {
    case ImportChangeColumn::Line: return c.line ? QString::number(c.line) : QString();
    case ImportChangeColumn::Account: return q(c.account);
    case ImportChangeColumn::Document: return documentTypeText(c.type) + QLatin1Char(' ') + q(c.document);
    case ImportChangeColumn::Currency: {
        const std::string_view code = c.newOpen.currency().code();
        return QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    }
    case ImportChangeColumn::OldOpen: return c.oldOpen ? money(*c.oldOpen) : QString();
    case ImportChangeColumn::NewOpen: return money(c.newOpen);
    case ImportChangeColumn::Change: return kindText(c.kind);
    case ImportChangeColumn::Count: break;
    }
    return {};
}

QVariant ImportChangesModel::rawValue(const DocumentChange& c, ImportChangeColumn column) const {
    switch (column) {
    // A closed document, on no line, sorts after the file's lines.
    case ImportChangeColumn::Line:
        return QVariant::fromValue<qulonglong>(c.line ? c.line : std::numeric_limits<qulonglong>::max());
    case ImportChangeColumn::OldOpen: // none (created) before every amount
        return QVariant::fromValue<qint64>(c.oldOpen ? c.oldOpen->minorUnits() : std::numeric_limits<qint64>::min());
    case ImportChangeColumn::NewOpen: return QVariant::fromValue<qint64>(c.newOpen.minorUnits());
    case ImportChangeColumn::Change: return static_cast<int>(c.kind);
    default: return text(c, column);
    }
}

bool ImportChangesModel::isNumeric(ImportChangeColumn column) const {
    return column == ImportChangeColumn::Line || column == ImportChangeColumn::OldOpen ||
           column == ImportChangeColumn::NewOpen;
}

} // namespace duedesk::app
