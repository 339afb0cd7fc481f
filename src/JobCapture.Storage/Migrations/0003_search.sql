-- Full-text search over each posting's fields and the text of its newest analysis. The rowid is the posting's Id.
-- unicode61 with remove_diacritics lets "cafe" find "Café" and "Munchen" find "München".
CREATE VIRTUAL TABLE posting_search USING fts5(Title, Company, Location, Body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO posting_search (rowid, Title, Company, Location, Body)
SELECT p.Id, p.Title, p.Company, p.Location,
       COALESCE((SELECT json_extract(a.Json, '$.text')
                 FROM analyses a JOIN snapshots s ON s.Id = a.SnapshotId
                 WHERE s.PostingId = p.Id
                 ORDER BY s.ReceivedAt DESC, s.Id DESC LIMIT 1), '')
FROM postings p;
