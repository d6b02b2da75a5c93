// ImportProblemsModel: the problems a dry run found, one row each: the
// line, the column and the reason, with the line number as the raw value
// (RawValueRole), so line 12 sorts after line 3.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/importing/ImportProblem.h"

namespace duedesk::app {

enum class ImportProblemColumn { Line, Column, Problem, Count };

class ImportProblemsModel final : public RowTableModel<ImportProblem, ImportProblemColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ImportProblemColumn column) const override;
    QString text(const ImportProblem& row, ImportProblemColumn column) const override;
    QVariant rawValue(const ImportProblem& row, ImportProblemColumn column) const override;
    bool isNumeric(ImportProblemColumn column) const override { return column == ImportProblemColumn::Line; }
};

} // namespace duedesk::app
