using System.Text;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Search;

/// <summary>The full-text index behind the dashboard's search box (table <c>posting_search</c>, made by migration
/// 0003): FTS5 on SQLite; on PostgreSQL a tsvector in the posting's language plus an unstemmed one, unaccented. The
/// index has no owner of its own: its matches are always composed with the owner-filtered postings.</summary>
public static class PostingSearch
{
    /// <summary>Replaces the posting's entry with its current fields and newest analysed text. Call inside the
    /// transaction that changed them.</summary>
    public static Task IndexAsync(JobCaptureDb db, Posting posting, string text, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? db.Database.ExecuteSqlInterpolatedAsync($"""
                DELETE FROM posting_search WHERE rowid = {posting.Id};
                INSERT INTO posting_search (rowid, Title, Company, Location, Body) VALUES ({posting.Id}, {posting.Title}, {posting.Company}, {posting.Location}, {text});
                """, cancellationToken)
            : db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO posting_search ("PostingId", "Config", "Document")
                SELECT {posting.Id}, c.config, to_tsvector(c.config, d.body) || to_tsvector('simple', d.body)
                FROM (SELECT {TextSearchConfig(posting.Language)}::regconfig AS config) c,
                     (SELECT unaccent(concat_ws(' ', {posting.Title}, {posting.Company}, {posting.Location}, {text})) AS body) d
                ON CONFLICT ("PostingId") DO UPDATE SET "Config" = EXCLUDED."Config", "Document" = EXCLUDED."Document";
                """, cancellationToken);

    /// <summary>Drops the entries of <paramref name="postingIds"/> (SQLite's FTS table has no foreign key to cascade).</summary>
    public static async Task RemoveAsync(JobCaptureDb db, IQueryable<long> postingIds, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            foreach (var id in await postingIds.ToListAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM posting_search WHERE rowid = {id}", cancellationToken);
            }
        }
    }

    /// <summary>Postings matching every word the user typed (each as a prefix), as a query to compose with (the user's
    /// query filter still applies). On SQLite the unary plus keeps it from looking each hit up by id and sorting them
    /// all: it walks the sort's index and checks membership, which stops after a page of hits.</summary>
    public static IQueryable<Posting> Matching(JobCaptureDb db, string userQuery)
    {
        var words = Words(userQuery);
        if (db.Database.IsSqlite())
        {
            var match = ToMatchExpression(words);
            return words.Count == 0
                ? db.Postings.FromSql($"SELECT * FROM postings WHERE 0")
                : db.Postings.FromSql($"SELECT * FROM postings WHERE +Id IN (SELECT rowid FROM posting_search WHERE posting_search MATCH {match})");
        }

        var query = string.Join(" & ", words.Select(w => w + ":*"));
        return words.Count == 0
            ? db.Postings.FromSql($"SELECT * FROM postings WHERE false")
            : db.Postings.FromSql($"""
                SELECT * FROM postings WHERE "Id" IN (
                    SELECT "PostingId" FROM posting_search
                    WHERE "Document" @@ (to_tsquery('simple', unaccent({query})) || to_tsquery("Config", unaccent({query}))))
                """);
    }

    /// <summary>How many postings of the user match. Counted through the postings, not in the index alone: the index
    /// holds every user's postings.</summary>
    public static Task<int> CountAsync(JobCaptureDb db, string userQuery, CancellationToken cancellationToken) =>
        Matching(db, userQuery).CountAsync(cancellationToken);

    /// <summary>
    /// Turns what a person types into a safe FTS5 expression: each word becomes a quoted prefix term, so quotes,
    /// colons, NEAR or a stray '*' in the box can never be a syntax error or a column filter.
    /// </summary>
    public static string ToMatchExpression(string userQuery) => ToMatchExpression(Words(userQuery));

    private static string ToMatchExpression(List<string> words) => string.Join(' ', words.Select(w => $"\"{w}\"*"));

    /// <summary>The letters-and-digits runs of what was typed, at most 12: only they reach either engine's query.</summary>
    private static List<string> Words(string userQuery)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in userQuery + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Take(12).ToList();
    }

    /// <summary>PostgreSQL's text search configuration for a posting's language (ISO 639-1); 'simple' (no stemming)
    /// for languages it has none for.</summary>
    public static string TextSearchConfig(string language) => language switch
    {
        "en" => "english",
        "de" => "german",
        "fr" => "french",
        "es" => "spanish",
        "it" => "italian",
        "nl" => "dutch",
        "pt" => "portuguese",
        "sv" => "swedish",
        "da" => "danish",
        "nb" or "no" => "norwegian",
        "fi" => "finnish",
        _ => "simple",
    };
}
