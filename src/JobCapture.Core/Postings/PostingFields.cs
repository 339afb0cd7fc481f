namespace JobCapture.Core.Postings;

/// <summary>What the posting says about itself. Unknown fields stay empty: the reader never invents a value.</summary>
public sealed record PostingFields
{
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";
    public string Location { get; init; } = "";
    public string EmploymentType { get; init; } = "";
    public string DatePosted { get; init; } = "";
    public string ValidThrough { get; init; } = "";
    public string Salary { get; init; } = "";
    public string Remote { get; init; } = "";
    public string JobId { get; init; } = "";
    public string CanonicalUrl { get; init; } = "";

    public static PostingFields Empty { get; } = new();
}
