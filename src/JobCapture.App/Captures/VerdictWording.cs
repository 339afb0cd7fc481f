using JobCapture.Core;
using JobCapture.Core.FollowUp;

namespace JobCapture.App.Captures;

/// <summary>The one-line verdict people read in the terminal (the popup words it the same way).</summary>
public static class VerdictWording
{
    public static string Phone(Verdict verdict) => verdict switch
    {
        Verdict.Forbidden => "don't call",
        Verdict.Discouraged => "better not call",
        Verdict.Allowed => "one short call is fine",
        Verdict.Invited => "calls welcome",
        _ => verdict.ToString(),
    };

    public static string PhoneLine(Analysis analysis)
    {
        var phone = analysis.FollowUp.Channels.Phone;
        var evidence = phone.Evidence.Count > 0 ? $" — '{analysis.Statements[phone.Evidence[0]].Text}'" : "";
        return $"Phone: {Phone(phone.Verdict)}{evidence}";
    }
}
