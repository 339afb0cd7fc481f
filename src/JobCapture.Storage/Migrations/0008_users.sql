-- Users of a shared server. Each posting and referral contact belongs to one; 0 is the machine's own user (the
-- pairing-token file), who owns everything that was there before. Tokens are kept as their SHA-256 only.
CREATE TABLE users (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    Name TEXT NOT NULL,
    TokenHash TEXT NOT NULL,
    CalendarKey TEXT NOT NULL,
    CreatedAt INTEGER NOT NULL
);
CREATE UNIQUE INDEX IX_users_Name ON users (Name);
CREATE UNIQUE INDEX IX_users_TokenHash ON users (TokenHash);
CREATE UNIQUE INDEX IX_users_CalendarKey ON users (CalendarKey);

ALTER TABLE postings ADD COLUMN OwnerId INTEGER NOT NULL DEFAULT 0;
DROP INDEX IX_postings_PostingKey;
CREATE UNIQUE INDEX IX_postings_OwnerId_PostingKey ON postings (OwnerId, PostingKey);

ALTER TABLE referral_contacts ADD COLUMN OwnerId INTEGER NOT NULL DEFAULT 0;
DROP INDEX IX_referral_contacts_CompanyKey;
CREATE INDEX IX_referral_contacts_OwnerId_CompanyKey ON referral_contacts (OwnerId, CompanyKey);
