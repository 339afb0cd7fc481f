namespace JobCapture.Core.Postings;

/// <summary>What the posting says about itself. Unknown fields stay empty: the reader never invents a value.</summary>
public sealed record PostingFields
{
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";

    /// <summary>All locations, joined with "; " (see <see cref="Locations"/>).</summary>
    public string Location { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public string EmploymentType { get; init; } = "";
    public string DatePosted { get; init; } = "";
    public string ValidThrough { get; init; } = "";

    /// <summary>As stated, e.g. "USD 50,000–60,000 per year".</summary>
    public string Salary { get; init; } = "";

    /// <summary>"Remote", "Hybrid" or empty when the posting does not say.</summary>
    public string Remote { get; init; } = "";
    public string JobId { get; init; } = "";
    public string CanonicalUrl { get; init; } = "";

    /// <summary>The description as plain text, from structured data; empty when the page has none. Kept out of the
    /// JSON: the analysed <c>text</c> already carries it, and stored analyses should not hold it twice.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Description { get; init; } = "";

    public static PostingFields Empty { get; } = new();

    /// <summary>These fields, with each empty one taken from <paramref name="fallback"/> (a less trusted source).</summary>
    public PostingFields Or(PostingFields fallback) => new()
    {
        Title = First(Title, fallback.Title),
        Company = First(Company, fallback.Company),
        Location = Locations.Count > 0 || fallback.Locations.Count == 0 ? First(Location, fallback.Location) : fallback.Location,
        Locations = Locations.Count > 0 ? Locations : fallback.Locations,
        EmploymentType = First(EmploymentType, fallback.EmploymentType),
        DatePosted = First(DatePosted, fallback.DatePosted),
        ValidThrough = First(ValidThrough, fallback.ValidThrough),
        Salary = First(Salary, fallback.Salary),
        Remote = First(Remote, fallback.Remote),
        JobId = First(JobId, fallback.JobId),
        CanonicalUrl = First(CanonicalUrl, fallback.CanonicalUrl),
        Description = First(Description, fallback.Description),
    };

    private static string First(string value, string fallback) => value.Length > 0 ? value : fallback;
}
