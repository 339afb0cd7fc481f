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
    IReadOnlyList<Contact> Contacts);
