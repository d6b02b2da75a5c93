// ImportChangesModel: the documents a dry run found the import would
// change, one row each: the line, the account, the document, the old and
// new open amounts and whether it is created, updated or closed. Amounts
// sort on their minor units (RawValueRole), lines on their number.
#pragma once

#include "app/common/RowTableModel.h"

#include "duedesk/services/ImportService.h"

namespace duedesk::app {

enum class ImportChangeColumn { Line, Account, Document, Currency, OldOpen, NewOpen, Change, Count };

class ImportChangesModel final : public RowTableModel<DocumentChange, ImportChangeColumn> {
    Q_OBJECT
public:
    using RowTableModel::RowTableModel;

protected:
    QString heading(ImportChangeColumn column) const override;
    QString text(const DocumentChange& row, ImportChangeColumn column) const override;
    QVariant rawValue(const DocumentChange& row, ImportChangeColumn column) const override;
    bool isNumeric(ImportChangeColumn column) const override;
};

} // namespace duedesk::app
