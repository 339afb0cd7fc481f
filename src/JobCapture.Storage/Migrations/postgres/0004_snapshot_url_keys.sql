-- PostgreSQL's 0004: each snapshot keeps the URL it was captured under without fragment and tracking parameters.
ALTER TABLE snapshots ADD COLUMN "UrlKey" text NOT NULL DEFAULT '';
UPDATE snapshots SET "UrlKey" = "Url";
CREATE INDEX "IX_snapshots_UrlKey" ON snapshots ("UrlKey");
