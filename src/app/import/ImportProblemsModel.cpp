// Cells of the import check's problem list.
#include "app/import/ImportProblemsModel.h"

namespace duedesk::app {

QString ImportProblemsModel::heading(ImportProblemColumn column) const {
    switch (column) {
    case ImportProblemColumn::Line: return tr("Line");
    case ImportProblemColumn::Column: return tr("Column");
    case ImportProblemColumn::Problem: return tr("Problem");
    case ImportProblemColumn::Count: break;
    }
    return {};
}

QString ImportProblemsModel::text(const ImportProblem& p, ImportProblemColumn column) const {
    switch (column) {
    case ImportProblemColumn::Line: return QString::number(p.line);
    case ImportProblemColumn::Column: return QString::fromStdString(p.column);
    case ImportProblemColumn::Problem: return QString::fromStdString(p.reason);
    case ImportProblemColumn::Count: break;
    }
    return {};
}

QVariant ImportProblemsModel::rawValue(const ImportProblem& p, ImportProblemColumn column) const {
    if (column == ImportProblemColumn::Line) return QVariant::fromValue<qulonglong>(p.line);
    return text(p, column);
}

} // namespace duedesk::app
