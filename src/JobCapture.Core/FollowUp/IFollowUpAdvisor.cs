using JobCapture.Core.Contacts;
using JobCapture.Core.Postings;
using JobCapture.Core.Statements;

namespace JobCapture.Core.FollowUp;

public interface IFollowUpAdvisor
{
    FollowUpAdvice Advise(FollowUpFacts facts);
}

/// <summary>Everything the follow-up rules look at.</summary>
public sealed record FollowUpFacts(
    PostingFields Posting,
    string Text,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Contact> Contacts)
{
    /// <summary>The facts a stored analysis was advised on, to plan again with the user's own dates.</summary>
    public static FollowUpFacts From(Analysis analysis) =>
        new(analysis.Posting, analysis.Text, analysis.Statements, analysis.Contacts);
}
