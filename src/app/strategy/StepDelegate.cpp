// The steps table's editors.
#include "app/strategy/StepDelegate.h"

#include "app/account/AccountTexts.h"
#include "app/strategy/StrategyModels.h"

#include "duedesk/domain/StrategyProblems.h"

#include <QComboBox>
#include <QSpinBox>

namespace duedesk::app {

QWidget* StepDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    switch (static_cast<StepColumn>(index.column())) {
    case StepColumn::DaysPastDue: {
        auto* days = new QSpinBox(parent);
        days->setRange(kStepDaysMin, kStepDaysMax);
        days->setPrefix(QStringLiteral("+"));
        days->setFrame(false);
        return days;
    }
    case StepColumn::Action: {
        auto* action = new QComboBox(parent);
        for (DiaryAction a : diaryActions())
            action->addItem(diaryActionText(a), QString::fromLatin1(diaryActionName(a)));
        action->setFrame(false);
        return action;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void StepDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant value = index.data(Qt::EditRole);
    if (auto* days = qobject_cast<QSpinBox*>(editor))
        days->setValue(value.toInt());
    else if (auto* action = qobject_cast<QComboBox*>(editor))
        action->setCurrentIndex(std::max(0, action->findData(value)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void StepDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    if (auto* days = qobject_cast<QSpinBox*>(editor)) {
        days->interpretText();
        model->setData(index, days->value(), Qt::EditRole);
    } else if (auto* action = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, action->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace duedesk::app
