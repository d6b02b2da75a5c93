// StepDelegate: how a strategy's steps are edited in their table: the days
// past due in a spin box within the core's bounds, the action chosen from
// the diary's actions, the label as text.
#pragma once

#include <QStyledItemDelegate>

namespace duedesk::app {

class StepDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace duedesk::app
