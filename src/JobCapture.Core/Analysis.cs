using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Postings;
using JobCapture.Core.Statements;

namespace JobCapture.Core;

/// <summary>Core's result for one page or text. The shape is the "analyze" JSON contract: fields may be
/// added, never removed or renamed.</summary>
public sealed record Analysis
{
    public required string AnalyzerVersion { get; init; }
    public string Url { get; init; } = "";
    public required string Text { get; init; }
    public string Language { get; init; } = "";
    public required PostingFields Posting { get; init; }
    public required IReadOnlyList<Statement> Statements { get; init; }
    public required IReadOnlyList<Contact> Contacts { get; init; }
    public required FollowUpAdvice FollowUp { get; init; }
}
