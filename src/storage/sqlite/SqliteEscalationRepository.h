// SqliteEscalationRepository: the SQLite implementation of EscalationRepository.
#pragma once

#include "duedesk/storage/EscalationRepository.h"
#include "storage/sqlite/SqliteLedgerDatabase.h"

namespace duedesk {

class SqliteEscalationRepository final : public EscalationRepository {
public:
    explicit SqliteEscalationRepository(SqliteLedgerDatabase& database) : database_(database) {}
    ReferralId addReferral(const Referral& referral) override;
    void addReferralEvent(const ReferralEvent& event) override;
    void updateReferral(ReferralId id, ReferralState state, std::optional<Date> closedOn) override;
    std::optional<Referral> findReferral(ReferralId id) override;
    std::optional<Referral> openReferralOf(AccountId account) override;
    std::vector<Referral> referrals(const ReferralFilter& filter) override;
    AttentionId addAttention(const AttentionRequest& request) override;
    void resolveAttention(AttentionId id, std::optional<UserId> by, Date on, const std::string& resolution) override;
    std::optional<AttentionRequest> findAttention(AttentionId id) override;
    std::vector<AttentionRequest> attentionRequests(const AttentionFilter& filter) override;
    std::vector<AttentionRequest> attentionFor(UserId teamLeader, Date on) override;

private:
    std::vector<Referral> selectReferrals(const std::string& where, const std::vector<std::int64_t>& keys);
    std::vector<AttentionRequest> selectAttention(const std::string& where, const std::vector<std::int64_t>& keys);

    SqliteLedgerDatabase& database_;
};

} // namespace duedesk
