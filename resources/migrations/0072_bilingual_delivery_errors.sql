-- Why a message was not delivered, and why a channel was switched off, in both languages (like the app's own
-- timeline entries, migration 0070): the outbox read in English says "no webhook at this address" even when
-- the dispatcher ran in a Japanese window. NULL before this version; last_error / disabled_reason keep the
-- text as first written.
ALTER TABLE notify_outbox ADD COLUMN last_error_en TEXT;
ALTER TABLE notify_outbox ADD COLUMN last_error_ja TEXT;
ALTER TABLE notify_channels ADD COLUMN disabled_reason_en TEXT;
ALTER TABLE notify_channels ADD COLUMN disabled_reason_ja TEXT;
