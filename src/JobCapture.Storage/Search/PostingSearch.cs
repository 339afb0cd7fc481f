using System.Text;
using JobCapture.Storage.Postings;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Search;

/// <summary>The FTS5 index behind the dashboard's search box (table <c>posting_search</c>, made by migration 0003).</summary>
public static class PostingSearch
{
    /// <summary>Replaces the posting's entry with its current fields and newest analysed text. Call inside the
    /// transaction that changed them.</summary>
    public static Task IndexAsync(JobCaptureDb db, Posting posting, string text, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM posting_search WHERE rowid = {posting.Id};
            INSERT INTO posting_search (rowid, Title, Company, Location, Body) VALUES ({posting.Id}, {posting.Title}, {posting.Company}, {posting.Location}, {text});
            """, cancellationToken);

    /// <summary>Postings matching every word the user typed (each as a prefix), as a query to compose with. The
    /// unary plus keeps SQLite from looking each hit up by id and sorting them all: it walks the sort's index and
    /// checks membership, which stops after a page of hits.</summary>
    public static IQueryable<Posting> Matching(JobCaptureDb db, string userQuery)
    {
        var match = ToMatchExpression(userQuery);
        return match.Length == 0
            ? db.Postings.FromSql($"SELECT * FROM postings WHERE 0")
            : db.Postings.FromSql($"SELECT * FROM postings WHERE +Id IN (SELECT rowid FROM posting_search WHERE posting_search MATCH {match})");
    }

    /// <summary>How many postings match: counted in the index alone, for a search with no other filter.</summary>
    public static async Task<int> CountAsync(JobCaptureDb db, string userQuery, CancellationToken cancellationToken)
    {
        var match = ToMatchExpression(userQuery);
        return match.Length == 0
            ? 0
            : await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM posting_search WHERE posting_search MATCH {match}").SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Turns what a person types into a safe FTS5 expression: each word becomes a quoted prefix term, so quotes,
    /// colons, NEAR or a stray '*' in the box can never be a syntax error or a column filter.
    /// </summary>
    public static string ToMatchExpression(string userQuery)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in userQuery + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add($"\"{word}\"*");
                word.Clear();
            }
        }

        return string.Join(' ', terms.Take(12));
    }
}
