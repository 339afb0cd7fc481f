-- Where each posting was seen: one row per place (a job board, the employer's tracking system), with the snapshot
-- taken there. JobKey is the page's own posting key, AtsKey the board job its apply link names, FieldsKey its title,
-- company and location folded: what a capture elsewhere is matched against (SamePosting in Core).
CREATE TABLE sightings (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    PostingId INTEGER NOT NULL REFERENCES postings (Id) ON DELETE CASCADE,
    SnapshotId INTEGER NULL REFERENCES snapshots (Id) ON DELETE CASCADE,
    Url TEXT NOT NULL,
    JobKey TEXT NOT NULL,
    AtsKey TEXT NOT NULL DEFAULT '',
    FieldsKey TEXT NOT NULL DEFAULT '',
    SeenAt INTEGER NOT NULL
);
CREATE INDEX IX_sightings_PostingId ON sightings (PostingId);
CREATE INDEX IX_sightings_SnapshotId ON sightings (SnapshotId);
CREATE INDEX IX_sightings_JobKey ON sightings (JobKey);
CREATE INDEX IX_sightings_AtsKey ON sightings (AtsKey);
CREATE INDEX IX_sightings_FieldsKey ON sightings (FieldsKey);

-- Each posting saved before was seen once, where it was first captured.
INSERT INTO sightings (PostingId, SnapshotId, Url, JobKey, SeenAt)
SELECT p.Id, s.Id, COALESCE(s.Url, p.Url), p.PostingKey, COALESCE(s.CapturedAt, p.FirstSavedAt)
FROM postings p
LEFT JOIN snapshots s ON s.Id = (SELECT f.Id FROM snapshots f WHERE f.PostingId = p.Id ORDER BY f.ReceivedAt, f.Id LIMIT 1);

-- Their AtsKey and FieldsKey come from the re-analysis of that first snapshot that runs at start.
UPDATE analyses SET AnalyzerVersion = 'before-sightings' WHERE SnapshotId IN (SELECT SnapshotId FROM sightings);
