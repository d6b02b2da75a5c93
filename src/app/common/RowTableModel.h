// RowTableModel: the frame of a small read-only table model: a list of
// typed rows and a column enum `Column` whose last enumerator is Count. A
// subclass says, per column, its heading, the text a cell shows
// (Qt::DisplayRole), the raw value it sorts on (RawValueRole) and whether
// it is a number, shown right-aligned. The rows come in whole, as one
// model reset.
#pragma once

#include "app/common/ModelRoles.h"

#include <QAbstractTableModel>
#include <QString>
#include <QVariant>

#include <vector>

namespace duedesk::app {

template <class Row, class Column>
class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Row> rows) {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    const std::vector<Row>& rows() const { return rows_; }
    const Row& rowAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(Column::Count);
    }

    QVariant data(const QModelIndex& index, int role) const override {
        if (!index.isValid() || index.model() != this || index.row() >= rowCount() || index.column() >= columnCount())
            return {};
        const Row& row = rows_[static_cast<std::size_t>(index.row())];
        const auto column = static_cast<Column>(index.column());
        switch (role) {
        case Qt::DisplayRole: return text(row, column);
        case RawValueRole: return rawValue(row, column);
        // A long text may be cut short in its column (fitColumns): the
        // tooltip shows it whole.
        case Qt::ToolTipRole: {
            const QString shown = text(row, column);
            return shown.size() > 40 ? QVariant(shown) : QVariant();
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
            return {};
        return heading(static_cast<Column>(section));
    }

protected:
    virtual QString heading(Column column) const = 0;
    virtual QString text(const Row& row, Column column) const = 0;
    virtual QVariant rawValue(const Row& row, Column column) const = 0;
    virtual bool isNumeric(Column column) const = 0;

private:
    std::vector<Row> rows_;
};

} // namespace duedesk::app
