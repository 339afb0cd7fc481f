using System.Text.RegularExpressions;

namespace JobCapture.Core.FollowUp;

/// <summary>What kind of job it is, as far as the follow-up rules care: walk-in trades welcome a short visit,
/// and in sales a confident call is part of the job.</summary>
public sealed record RoleTraits(bool IsWalkInTrade, bool IsSalesRole)
{
    public static RoleTraits None { get; } = new(false, false);
}

/// <summary>Reads <see cref="RoleTraits"/> from the posting's title, or when there is none from the first line of its
/// text, where a pasted posting has its title (a page's body mentions "retail clients" or "our sales team" far too
/// casually to be trusted).</summary>
internal static class RoleClassifier
{
    private const int OpeningLength = 300;

    private static readonly Lazy<(Regex WalkIn, Regex Sales)> Patterns = new(Load);

    public static RoleTraits Classify(FollowUpFacts facts)
    {
        var source = facts.Posting.Title.Length > 0 ? facts.Posting.Title : FirstLine(facts.Text);
        var (walkIn, sales) = Patterns.Value;
        return new RoleTraits(walkIn.IsMatch(source), sales.IsMatch(source));
    }

    /// <summary>The first line, cut at a space: a word cut in half ("cook" of "cookies") must not match.</summary>
    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? text : text[..end];
        if (line.Length <= OpeningLength)
        {
            return line;
        }

        var space = line.LastIndexOf(' ', OpeningLength);
        return line[..(space > 0 ? space : OpeningLength)];
    }

    private static (Regex, Regex) Load()
    {
        var data = CoreData.Read<RoleKeywordsData>("FollowUp", "role-keywords.json");
        return (PhraseRegex.WholeWords(data.WalkInTrades.Values.SelectMany(list => list)),
                PhraseRegex.WholeWords(data.SalesRoles.Values.SelectMany(list => list)));
    }

    private sealed record RoleKeywordsData(
        Dictionary<string, List<string>> WalkInTrades,
        Dictionary<string, List<string>> SalesRoles);
}
