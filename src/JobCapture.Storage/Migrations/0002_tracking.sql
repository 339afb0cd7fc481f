-- What the user does with a posting: status with dates, notes, follow-ups made, people they know at companies.
-- The analysis never writes these columns or tables, so re-analysis cannot touch the user's own data.
ALTER TABLE postings ADD COLUMN Status TEXT NOT NULL DEFAULT 'saved';
ALTER TABLE postings ADD COLUMN StatusChangedAt INTEGER NULL;
ALTER TABLE postings ADD COLUMN AppliedOn TEXT NULL;
ALTER TABLE postings ADD COLUMN Notes TEXT NOT NULL DEFAULT '';

CREATE TABLE status_changes (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    PostingId INTEGER NOT NULL REFERENCES postings (Id) ON DELETE CASCADE,
    Status TEXT NOT NULL,
    OnDate TEXT NOT NULL,
    ChangedAt INTEGER NOT NULL
);
CREATE INDEX IX_status_changes_PostingId ON status_changes (PostingId);

CREATE TABLE follow_ups (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    PostingId INTEGER NOT NULL REFERENCES postings (Id) ON DELETE CASCADE,
    Channel TEXT NOT NULL,
    OnDate TEXT NOT NULL,
    Note TEXT NOT NULL DEFAULT '',
    Warning TEXT NULL,
    LoggedAt INTEGER NOT NULL
);
CREATE INDEX IX_follow_ups_PostingId ON follow_ups (PostingId);

CREATE TABLE referral_contacts (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    Company TEXT NOT NULL,
    CompanyKey TEXT NOT NULL,
    Name TEXT NOT NULL,
    HowKnown TEXT NOT NULL DEFAULT '',
    Channel TEXT NOT NULL DEFAULT '',
    CreatedAt INTEGER NOT NULL
);
CREATE INDEX IX_referral_contacts_CompanyKey ON referral_contacts (CompanyKey);
