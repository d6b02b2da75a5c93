// Version 10 of the Duedesk schema: escalations.
//
// - referrals: an account handed to a collection agency or a solicitor,
//   with the team's recommendation, the party it went to (free text: they
//   are not users of the ledger), its state in the agency's or court's
//   steps, the day referred, who referred it and the day it closed. One
//   open referral per account (referrals_one_open), which is also the
//   index the worklist reads to leave referred accounts out.
// - referral_amounts: the account's open balance when referred, per
//   currency.
// - referral_events: every change (referred, accepted, claim issued,
//   judgment, settled, closed) with who and when; never changed or
//   deleted, as the dispute events.
// - attention_requests: "needs management attention", from an analyst to
//   a team leader, with the reason and, once answered, who answered, when
//   and how. An answered request is never changed, and none is deleted.
#pragma once

namespace duedesk::schema {

inline constexpr const char* kVersion10 = R"SQL(
CREATE TABLE referrals (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  recommendation TEXT NOT NULL CHECK (recommendation IN ('agency', 'letter_before_action', 'court_claim',
                                                         'write_off')),
  state          TEXT NOT NULL CHECK (state IN ('referred', 'accepted', 'claim_issued', 'judgment', 'settled',
                                                'closed')),
  party          TEXT NOT NULL CHECK (party <> ''),
  note           TEXT NOT NULL DEFAULT '',
  referred_on    INTEGER NOT NULL,
  referred_by    INTEGER REFERENCES users(id),
  -- The day it closed; empty while open.
  closed_on      INTEGER,
  CHECK ((closed_on IS NULL) = (state <> 'closed')),
  CHECK (closed_on IS NULL OR closed_on >= referred_on)
) STRICT;
CREATE INDEX referrals_account ON referrals(account_id, referred_on, closed_on);
CREATE UNIQUE INDEX referrals_one_open ON referrals(account_id) WHERE closed_on IS NULL;
CREATE TRIGGER referrals_never_deleted BEFORE DELETE ON referrals
  BEGIN SELECT RAISE(ABORT, 'a referral is never deleted'); END;

CREATE TABLE referral_amounts (
  referral_id INTEGER NOT NULL REFERENCES referrals(id),
  currency    TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  PRIMARY KEY (referral_id, currency)
) STRICT;

CREATE TABLE referral_events (
  id          INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id),
  state       TEXT NOT NULL CHECK (state IN ('referred', 'accepted', 'claim_issued', 'judgment', 'settled',
                                             'closed')),
  note        TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER REFERENCES users(id),
  recorded_on INTEGER NOT NULL
) STRICT;
CREATE INDEX referral_events_referral ON referral_events(referral_id, id);
CREATE TRIGGER referral_events_never_changed BEFORE UPDATE ON referral_events
  BEGIN SELECT RAISE(ABORT, 'a referral event is never changed'); END;
CREATE TRIGGER referral_events_never_deleted BEFORE DELETE ON referral_events
  BEGIN SELECT RAISE(ABORT, 'a referral event is never deleted'); END;

CREATE TABLE attention_requests (
  id             INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(id),
  team_leader_id INTEGER NOT NULL REFERENCES users(id),
  reason         TEXT NOT NULL CHECK (reason <> ''),
  raised_by      INTEGER REFERENCES users(id),
  raised_on      INTEGER NOT NULL,
  resolved_by    INTEGER REFERENCES users(id),
  resolved_on    INTEGER,
  resolution     TEXT NOT NULL DEFAULT '',
  CHECK (resolved_on IS NULL OR resolved_on >= raised_on),
  CHECK ((resolved_on IS NULL) = (resolution = ''))
) STRICT;
-- The team leader's worklist reads the open requests addressed to them.
CREATE INDEX attention_requests_open ON attention_requests(team_leader_id, raised_on) WHERE resolved_on IS NULL;
CREATE INDEX attention_requests_account ON attention_requests(account_id, raised_on);
CREATE TRIGGER attention_requests_answered_never_changed BEFORE UPDATE ON attention_requests
  WHEN OLD.resolved_on IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'an answered attention request is never changed'); END;
CREATE TRIGGER attention_requests_never_deleted BEFORE DELETE ON attention_requests
  BEGIN SELECT RAISE(ABORT, 'an attention request is never deleted'); END;
)SQL";

} // namespace duedesk::schema
