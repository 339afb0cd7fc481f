using JobCapture.Core;
using JobCapture.Core.FollowUp;

namespace JobCapture.App.Captures;

/// <summary>The one place verdicts are worded for people: the terminal, the API answers and, through them, the
/// extension's popup.</summary>
public static class VerdictWording
{
    public static string Phone(Verdict verdict) => verdict switch
    {
        Verdict.Forbidden => "don't call",
        Verdict.Discouraged => "better not call",
        Verdict.Allowed => "one short call is fine",
        Verdict.Invited => "calls welcome",
        _ => VerdictNames.Name(verdict),
    };

    /// <summary>The wording for a stored verdict name, or null when the name is not a verdict.</summary>
    public static string? Phone(string? verdictName) => VerdictNames.Parse(verdictName) is { } verdict ? Phone(verdict) : null;

    public static string PhoneLine(Analysis analysis)
    {
        var phone = analysis.FollowUp.Channels.Phone;
        var evidence = phone.Evidence.Count > 0 ? $" — '{analysis.Statements[phone.Evidence[0]].Text}'" : "";
        return $"Phone: {Phone(phone.Verdict)}{evidence}";
    }
}
