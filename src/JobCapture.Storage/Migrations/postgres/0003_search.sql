-- PostgreSQL's 0003: full-text search over each posting's fields and the text of its newest analysis. "Document" is
-- the text stemmed in the posting's language ("Config") plus the same text unstemmed ('simple'), both unaccented, so
-- "developers" finds "developer" in an English ad and "cafe" finds "Café" in any. unaccent is a trusted extension:
-- the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE posting_search (
    "PostingId" bigint PRIMARY KEY REFERENCES postings ("Id") ON DELETE CASCADE,
    "Config" regconfig NOT NULL,
    "Document" tsvector NOT NULL
);
CREATE INDEX "IX_posting_search_Document" ON posting_search USING gin ("Document");

INSERT INTO posting_search ("PostingId", "Config", "Document")
SELECT p."Id", 'simple', to_tsvector('simple', unaccent(concat_ws(' ', p."Title", p."Company", p."Location",
       (SELECT a."Json"::jsonb ->> 'text'
        FROM analyses a JOIN snapshots s ON s."Id" = a."SnapshotId"
        WHERE s."PostingId" = p."Id"
        ORDER BY s."ReceivedAt" DESC, s."Id" DESC LIMIT 1))))
FROM postings p;
