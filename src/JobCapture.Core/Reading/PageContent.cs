using JobCapture.Core.Postings;

namespace JobCapture.Core.Reading;

/// <summary>What the page reader hands to the detectors: the visible text, cut into sentences, and the facts
/// that live outside the text (fields from structured data, links, structured contacts).</summary>
public sealed record PageContent
{
    public required string Text { get; init; }
    public required IReadOnlyList<TextSpan> Sentences { get; init; }
    public PostingFields Fields { get; init; } = PostingFields.Empty;
    public IReadOnlyList<PageAnchor> Anchors { get; init; } = [];
    public IReadOnlyList<ContactHint> ContactHints { get; init; } = [];
    public string Url { get; init; } = "";
}
