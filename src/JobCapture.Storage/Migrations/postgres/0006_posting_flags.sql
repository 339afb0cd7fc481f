-- PostgreSQL's 0006: the read model's flags. ChangedSinceSaved: the newest snapshot's text, statements or verdicts
-- differ from the first snapshot's. A posting is closed when its deadline has passed, when its page says it no longer
-- takes applications (ClosedNotice: that sentence), or when a re-check found the page gone (GoneStatus: 404 or 410,
-- GoneAt). LastCheckedAt: when `jobcapture recheck` last looked at the posting.
ALTER TABLE postings ADD COLUMN "ChangedSinceSaved" boolean NOT NULL DEFAULT false;
ALTER TABLE postings ADD COLUMN "ClosedNotice" text NULL;
ALTER TABLE postings ADD COLUMN "GoneStatus" integer NULL;
ALTER TABLE postings ADD COLUMN "GoneAt" bigint NULL;
ALTER TABLE postings ADD COLUMN "LastCheckedAt" bigint NULL;

-- The stats page counts by these without reading every posting.
CREATE INDEX "IX_postings_PhoneVerdict" ON postings ("PhoneVerdict");
CREATE INDEX "IX_postings_AppliedOn" ON postings ("AppliedOn");
CREATE INDEX "IX_status_changes_Status_PostingId" ON status_changes ("Status", "PostingId");

-- Existing postings get their flags from the re-analysis of their newest snapshot that runs at start.
UPDATE analyses SET "AnalyzerVersion" = 'before-posting-flags'
WHERE "SnapshotId" IN (SELECT (SELECT s."Id" FROM snapshots s WHERE s."PostingId" = p."Id" ORDER BY s."ReceivedAt" DESC, s."Id" DESC LIMIT 1)
                       FROM postings p);
