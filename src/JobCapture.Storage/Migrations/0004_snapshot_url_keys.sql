-- Each snapshot keeps the URL it was captured under without fragment and tracking parameters, so a posting is
-- found by any URL it was ever captured under. Rows stored before keep their URL as written until captured again.
ALTER TABLE snapshots ADD COLUMN UrlKey TEXT NOT NULL DEFAULT '';
UPDATE snapshots SET UrlKey = Url;
CREATE INDEX IX_snapshots_UrlKey ON snapshots (UrlKey);
