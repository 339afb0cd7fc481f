using System.Text.Json;
using JobCapture.Core;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Postings;

namespace JobCapture.Storage.Postings;

/// <summary>Writes the read model: copies what the list, board, Due, stats and export show from the newest analysis
/// onto the posting's columns. The capture pipeline and re-analysis both come through here.</summary>
public static class PostingReadModel
{
    /// <summary>Empty title, company and location keep what an earlier capture found, and the page's own title stands
    /// in for a title the analysis could not find.</summary>
    public static void Apply(Posting posting, Analysis analysis, string pageTitle)
    {
        var channels = analysis.FollowUp.Channels;
        posting.Title = FirstNonEmpty(analysis.Posting.Title, FirstNonEmpty(posting.Title, pageTitle));
        posting.Company = FirstNonEmpty(analysis.Posting.Company, posting.Company);
        posting.Location = FirstNonEmpty(analysis.Posting.Location, posting.Location);
        posting.Language = analysis.Language;
        (posting.PhoneVerdict, posting.PhoneLimit) = (VerdictNames.Name(channels.Phone.Verdict), channels.Phone.Limit);
        (posting.EmailVerdict, posting.EmailLimit) = (VerdictNames.Name(channels.Email.Verdict), channels.Email.Limit);
        (posting.LinkedInVerdict, posting.LinkedInLimit) = (VerdictNames.Name(channels.LinkedIn.Verdict), channels.LinkedIn.Limit);
        (posting.InPersonVerdict, posting.InPersonLimit) = (VerdictNames.Name(channels.InPerson.Verdict), channels.InPerson.Limit);
        (posting.ReferralVerdict, posting.ReferralLimit) = (VerdictNames.Name(channels.Referral.Verdict), channels.Referral.Limit);
        posting.PhoneEvidence = channels.Phone.Evidence.Count > 0 ? analysis.Statements[channels.Phone.Evidence[0]].Text : null;
        posting.StatementKinds = StatementKinds(analysis);
        posting.Summary = analysis.FollowUp.Summary;
        posting.FollowUpBusinessDays = analysis.FollowUp.Timing.BusinessDays;
        posting.Deadline = analysis.FollowUp.Timing.Deadline;
        posting.ClosedNotice = ClosingNotices.Find(analysis.Text);
        posting.ScheduleFollowUp();
    }

    /// <summary>The value a <see cref="Posting.StatementKinds"/> column holds when <paramref name="kind"/> was found,
    /// for LIKE filters.</summary>
    public static string KindPattern(Core.Statements.StatementKind kind) => $"% {Name(kind)} %";

    private static string StatementKinds(Analysis analysis)
    {
        var kinds = analysis.Statements.Select(s => Name(s.Kind)).Distinct().Order(StringComparer.Ordinal).ToList();
        return kinds.Count == 0 ? "" : $" {string.Join(' ', kinds)} ";
    }

    /// <summary>How verdicts, statement kinds and channels are named in columns and JSON: "forbidden", "noCalls",
    /// "inPerson".</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string FirstNonEmpty(string preferred, string fallback) => preferred.Length > 0 ? preferred : fallback;
}
