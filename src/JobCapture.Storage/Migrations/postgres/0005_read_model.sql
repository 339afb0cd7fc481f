-- PostgreSQL's 0005: the read model, the posting's columns the list, board, Due, stats and export show.
ALTER TABLE postings ADD COLUMN "Language" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "PhoneLimit" text NULL;
ALTER TABLE postings ADD COLUMN "PhoneEvidence" text NULL;
ALTER TABLE postings ADD COLUMN "EmailVerdict" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "EmailLimit" text NULL;
ALTER TABLE postings ADD COLUMN "LinkedInVerdict" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "LinkedInLimit" text NULL;
ALTER TABLE postings ADD COLUMN "InPersonVerdict" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "InPersonLimit" text NULL;
ALTER TABLE postings ADD COLUMN "ReferralVerdict" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "ReferralLimit" text NULL;
ALTER TABLE postings ADD COLUMN "StatementKinds" text NOT NULL DEFAULT '';
ALTER TABLE postings ADD COLUMN "FollowUpBusinessDays" integer NULL;
ALTER TABLE postings ADD COLUMN "Deadline" text NULL;
ALTER TABLE postings ADD COLUMN "FollowUpDueOn" text NULL;

CREATE INDEX "IX_postings_LastSavedAt" ON postings ("LastSavedAt");
CREATE INDEX "IX_postings_Status_LastSavedAt" ON postings ("Status", "LastSavedAt");
CREATE INDEX "IX_postings_Status_FollowUpDueOn" ON postings ("Status", "FollowUpDueOn");

UPDATE analyses SET "AnalyzerVersion" = 'before-read-model';
