-- Postings, their snapshots (raw HTML, gzip) and the analyses derived from them.
CREATE TABLE postings (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    PostingKey TEXT NOT NULL,
    Url TEXT NOT NULL,
    Title TEXT NOT NULL DEFAULT '',
    Company TEXT NOT NULL DEFAULT '',
    Location TEXT NOT NULL DEFAULT '',
    PhoneVerdict TEXT NOT NULL DEFAULT '',
    Summary TEXT NOT NULL DEFAULT '',
    FirstSavedAt INTEGER NOT NULL,
    LastSavedAt INTEGER NOT NULL
);
CREATE UNIQUE INDEX IX_postings_PostingKey ON postings (PostingKey);

CREATE TABLE snapshots (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    PostingId INTEGER NOT NULL REFERENCES postings (Id) ON DELETE CASCADE,
    CaptureId TEXT NOT NULL,
    Url TEXT NOT NULL,
    Title TEXT NOT NULL DEFAULT '',
    Source TEXT NOT NULL,
    CapturedAt INTEGER NOT NULL,
    ReceivedAt INTEGER NOT NULL,
    HtmlGzip BLOB NOT NULL,
    HtmlLength INTEGER NOT NULL,
    Selection TEXT NULL,
    Screenshot BLOB NULL
);
CREATE UNIQUE INDEX IX_snapshots_CaptureId ON snapshots (CaptureId);
CREATE INDEX IX_snapshots_PostingId ON snapshots (PostingId);

CREATE TABLE analyses (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    SnapshotId INTEGER NOT NULL REFERENCES snapshots (Id) ON DELETE CASCADE,
    AnalyzerVersion TEXT NOT NULL,
    Json TEXT NOT NULL,
    AnalyzedAt INTEGER NOT NULL
);
CREATE UNIQUE INDEX IX_analyses_SnapshotId ON analyses (SnapshotId);
