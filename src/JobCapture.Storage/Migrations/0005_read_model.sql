-- The read model: what the list, board, Due, stats and export show, as columns of the posting (from its newest
-- analysis), so that no page reads the analysis JSON to list postings. Verdicts are the lower-case names used by
-- PhoneVerdict; StatementKinds holds each kind found once, space-separated and space-framed (" noCalls invitesEmail ").
-- FollowUpDueOn is AppliedOn plus the posting's follow-up business days, kept when either changes.
ALTER TABLE postings ADD COLUMN Language TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN PhoneLimit TEXT NULL;
ALTER TABLE postings ADD COLUMN PhoneEvidence TEXT NULL;
ALTER TABLE postings ADD COLUMN EmailVerdict TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN EmailLimit TEXT NULL;
ALTER TABLE postings ADD COLUMN LinkedInVerdict TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN LinkedInLimit TEXT NULL;
ALTER TABLE postings ADD COLUMN InPersonVerdict TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN InPersonLimit TEXT NULL;
ALTER TABLE postings ADD COLUMN ReferralVerdict TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN ReferralLimit TEXT NULL;
ALTER TABLE postings ADD COLUMN StatementKinds TEXT NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN FollowUpBusinessDays INTEGER NULL;
ALTER TABLE postings ADD COLUMN Deadline TEXT NULL;
ALTER TABLE postings ADD COLUMN FollowUpDueOn TEXT NULL;

CREATE INDEX IX_postings_LastSavedAt ON postings (LastSavedAt);
CREATE INDEX IX_postings_Status_LastSavedAt ON postings (Status, LastSavedAt);
CREATE INDEX IX_postings_Status_FollowUpDueOn ON postings (Status, FollowUpDueOn);

-- Existing postings get their columns from the re-analysis that runs at start.
UPDATE analyses SET AnalyzerVersion = 'before-read-model';
