// Names of diary actions as stored, and the hold reasons users pick from.
#include "duedesk/domain/Diary.h"

#include "domain/NameTable.h"

namespace duedesk {
namespace {
constexpr NameTable<DiaryAction, 5> kActions{{{
    {DiaryAction::Call, "call"},
    {DiaryAction::Email, "email"},
    {DiaryAction::Letter, "letter"},
    {DiaryAction::Visit, "visit"},
    {DiaryAction::Review, "review"},
}}};
} // namespace

std::string_view diaryActionName(DiaryAction action) { return kActions.nameOf(action); }
std::optional<DiaryAction> diaryActionFromName(std::string_view name) { return kActions.valueOf(name); }
std::array<DiaryAction, 5> diaryActions() { return kActions.values(); }

std::array<std::string_view, 5> suggestedHoldReasons() {
    return {"customer on holiday", "awaiting remittance", "query with sales", "awaiting credit note",
            "payment run pending"};
}

} // namespace duedesk
