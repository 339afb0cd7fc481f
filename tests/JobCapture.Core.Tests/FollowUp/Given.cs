using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Postings;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.FollowUp;

/// <summary>Builds follow-up facts by hand, so the rules are tested apart from the detectors that feed them.</summary>
internal static class Given
{
    public static Statement Says(StatementKind kind, string text = "A sentence of the posting.", Audience audience = Audience.Applicants) =>
        new(kind, audience, "en", text, 0, text.Length);

    public static Statement ToAgencies(StatementKind kind) =>
        Says(kind, "Agencies, please do not call or send profiles.", Audience.Agencies);

    public static Contact Email(string address, ContactCategory? category = null, string? name = null, ContactRole? role = null) =>
        new(ContactKind.Email, address, address, 0, address.Length) { Category = category, Name = name, Role = role };

    public static Contact Phone(string value = "+15550102234", string display = "(555) 010-2234", ContactCategory? category = null) =>
        new(ContactKind.Phone, value, display, 0, display.Length) { Category = category };

    public static Contact Person(string name, ContactRole? role = null) =>
        new(ContactKind.Person, name, name, 0, name.Length) { Name = name, Role = role };

    public static FollowUpFacts Facts(
        IEnumerable<Statement>? statements = null,
        IEnumerable<Contact>? contacts = null,
        string title = "",
        string company = "",
        string validThrough = "",
        string text = "") =>
        new(new PostingFields { Title = title, Company = company, ValidThrough = validThrough }, text,
            (statements ?? []).ToList(), (contacts ?? []).ToList());

    public static FollowUpAdvice Advice(FollowUpFacts facts, AnalyzerOptions? options = null) =>
        new FollowUpAdvisor(options ?? AnalyzerOptions.CreateDefault()).Advise(facts);
}
