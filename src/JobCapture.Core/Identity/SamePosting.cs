namespace JobCapture.Core.Identity;

/// <summary>
/// Whether two sightings are one posting seen in two places (a job board and the employer's tracking system):
/// <list type="bullet">
/// <item>they share a key: the same page, or the same board job id in both (one's own, or named by the other's apply
/// link), or</item>
/// <item>their title, company and location fold to the same text, they were seen at most <see cref="Window"/> apart,
/// and they name no two different jobs of one site — two ids on one board, two pages of one careers site (two openings
/// with one title are two postings).</item>
/// </list>
/// Conservative by design: a location that differs, a missing field or a longer gap keeps two postings apart.
/// </summary>
public static class SamePosting
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static bool Matches(PostingSighting seen, PostingSighting other) =>
        seen.Keys.Intersect(other.Keys, StringComparer.Ordinal).Any()
        || (seen.FieldsKey.Length > 0
            && seen.FieldsKey == other.FieldsKey
            && (seen.SeenAt - other.SeenAt).Duration() <= Window
            && !NameDifferentJobsOfOneSite(seen, other));

    private static bool NameDifferentJobsOfOneSite(PostingSighting seen, PostingSighting other) =>
        seen.Keys.Any(key => other.Keys.Any(otherKey =>
            key != otherKey && PostingIdentity.SiteOfKey(key) == PostingIdentity.SiteOfKey(otherKey)));
}
