using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// Fields from what any page has: the job board's own markup for title, company and location, the h1, and the
/// Open Graph / Twitter / title tags. These are the least trusted sources, so each value must be corroborated or
/// come from a page that shows a single posting: a results page's h1 ("36 jobs found") is not a job title.
/// </summary>
internal static class PageFields
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " at "];

    public static PostingFields FromMarkup(PageScan scan)
    {
        var location = scan.MarkupFields.GetValueOrDefault(MarkupField.Location, "");
        return new PostingFields
        {
            Title = MarkupValue(scan, MarkupField.Title),
            Company = MarkupValue(scan, MarkupField.Company),
            Location = location,
            Locations = location.Length > 0 ? [location] : [],
            EmploymentType = scan.MarkupFields.GetValueOrDefault(MarkupField.EmploymentType, ""),
            Salary = scan.MarkupFields.GetValueOrDefault(MarkupField.Salary, ""),
        };
    }

    /// <summary>The title from the headings, when no more trusted source states one; <paramref name="urls"/> are where
    /// the page lives.</summary>
    public static string TitleFromHeadings(PageScan scan, string knownTitle, IReadOnlyList<string> urls) =>
        knownTitle.Length > 0 ? knownTitle : FieldWords.Default.WithoutHiringPrefix(TitleFromHeadings(scan, urls));

    /// <summary>The h1 when the page's own title tags or its description ("Apply for Nurse at Acme") agree with it;
    /// under a generic h1 ("Careers"), the page's single h2; with no h1 at all, the social or title tag, or the single h2
    /// when that tag is generic too.</summary>
    private static string TitleFromHeadings(PageScan scan, IReadOnlyList<string> urls)
    {
        var socialTitles = new[] { Meta(scan, "og:title"), Meta(scan, "twitter:title") }.Where(t => t.Length > 0).ToList();
        var descriptions = Descriptions(scan).ToList();
        var h1s = scan.H1s.Where(IsHeadingTitle).ToList();
        if (scan.H1s.Count > 0 && scan.H1s.All(PageEmployer.IsCareerHeading))
        {
            return TitleUnderGenericHeading(scan, descriptions, urls);
        }

        foreach (var h1 in h1s)
        {
            if (socialTitles.Any(t => t.Contains(h1, StringComparison.OrdinalIgnoreCase)) || TitleTagNames(scan.TitleTag, h1)
                || (h1.Length > 2 && descriptions.Any(d => d.Contains(h1, StringComparison.Ordinal))))
            {
                return h1;
            }
        }

        // A title tag that holds only the site's name ("Handshake") or what kind of page it is ("Stellenbeschreibung") states
        // no title to confirm the h1 with: the page's only h1 is the title when the page says it is a job.
        if (scan.H1s is [var only] && h1s.Count == 1 && TitleTagsStateNoTitle(scan, socialTitles) && SaysItIsAJob(scan, only, descriptions, urls))
        {
            return only;
        }

        if (scan.H1s.Count > 0)
        {
            return scan.H1s.Select(h1 => TitleBeforeTagPart(h1, scan.TitleTag)).FirstOrDefault(t => t.Length > 0) ?? "";
        }

        var tag = socialTitles.FirstOrDefault() ?? scan.TitleTag;
        var fallback = WithoutRequisitionNumber(WithoutSiteSuffix(tag, Meta(scan, "og:site_name")));
        if (fallback.Length > 0 && PageEmployer.IsCareerHeading(fallback))
        {
            // "Career Center | Recruitment" over a tracking system's page: the tag is the career site's, as a generic h1 is.
            return TitleUnderGenericHeading(scan, descriptions, urls);
        }

        return IsBreadcrumb(tag) || FieldWords.Default.LooksLikeListPageTitle(fallback) ? "" : fallback;
    }

    /// <summary>A heading that may be a title: not a results page's ("36 jobs found"), nor a generic word or a job site's
    /// name ("Careers").</summary>
    private static bool IsHeadingTitle(string heading) =>
        heading.Length > 1 && !FieldWords.Default.LooksLikeListPageTitle(heading) && !EmployerWords.Default.IsNotEmployer(heading);

    /// <summary>A career page that shows one job under its generic h1 ("Careers", "Werken bij Acme") states the job in its
    /// only h2, when a hiring prefix ("Now hiring: Nurse"), the description, the text hiring for its first word ("Wij
    /// zoeken een verkoopmedewerker") or a job id in the page's URL (?gh_jid=42) says it is one.</summary>
    private static string TitleUnderGenericHeading(PageScan scan, List<string> descriptions, IReadOnlyList<string> urls)
    {
        if (scan.H2s is not [var h2] || !IsHeadingTitle(h2))
        {
            return "";
        }

        var title = FieldWords.Default.WithoutHiringPrefix(h2);
        // "Nous recrutons !" over "Mécanicien automobile H/F" says in two headings what "Now hiring: Nurse" says in one.
        return title != h2 || scan.H1s.Any(FieldWords.Default.IsHiringPhrase) || SaysItIsAJob(scan, title, descriptions, urls) ? title : "";
    }

    /// <summary>True when the page says <paramref name="title"/> is a job's: its description names it, its address states a
    /// job id, its text hires for the title's first word ("Wij zoeken een verkoopmedewerker") or writes the title again
    /// as a line of its own ("…suchen wir eine" over "Pflegefachkraft (m/w/d)").</summary>
    private static bool SaysItIsAJob(PageScan scan, string title, List<string> descriptions, IReadOnlyList<string> urls) =>
        descriptions.Any(d => d.Contains(title, StringComparison.OrdinalIgnoreCase)) || urls.Any(PageIdentity.StatesJobId)
        || descriptions.Append(scan.Text).Any(text => FieldWords.Default.HiresFor(text, title)) || LinesOf(scan.Text, title) >= 2;

    /// <summary>How many lines of the text are <paramref name="line"/>, counting up to two.</summary>
    private static int LinesOf(string text, string line)
    {
        var count = 0;
        for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(line, at + 1, StringComparison.Ordinal))
        {
            var end = at + line.Length;
            count += (at == 0 || text[at - 1] == '\n') && (end == text.Length || text[end] == '\n') ? 1 : 0;
        }

        return count;
    }

    /// <summary>True when every part of the title tags is a generic word ("Stellenbeschreibung", "Job details"), a job
    /// site's name or the site's own name (og:site_name, its logo's).</summary>
    private static bool TitleTagsStateNoTitle(PageScan scan, List<string> socialTitles)
    {
        var siteNames = scan.LogoNames.Select(EmployerWords.LogoName).Append(Meta(scan, "og:site_name")).Where(name => name.Length > 1).ToList();
        return socialTitles.Append(scan.TitleTag).Where(tag => tag.Length > 0).SelectMany(PageEmployer.Parts)
            .All(part => EmployerWords.Default.IsNotEmployer(part) || siteNames.Contains(part, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"Senior Engineer - Acme | Board", "Senior Engineer" and "Job Application for Senior Engineer at Acme" confirm
    /// the h1 "Senior Engineer"; a breadcrumb title ("Job details | Search | Jobs | Site") whose first crumb repeats a
    /// generic h1 does not, nor does a generic h1 ("Jobs") inside a longer tag.</summary>
    private static bool TitleTagNames(string titleTag, string h1)
    {
        var tag = titleTag.TrimStart('「', '【', '"', '“', '\'', '[', '(');
        if (IsBreadcrumb(tag))
        {
            return false;
        }

        if (tag.StartsWith(h1, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var inside = tag.IndexOf(" " + h1, StringComparison.OrdinalIgnoreCase) + 1;
        var end = inside + h1.Length;
        return inside > 0 && (end == tag.Length || !char.IsLetterOrDigit(tag[end])) && !EmployerWords.Default.IsNotEmployer(h1);
    }

    /// <summary>"Nurse Acme" in an h1 that shows the employer after the title, where the title tag names the title and
    /// holds "Acme" as a part of its own ("Nurse - Leeds - Acme | Board"): the title is "Nurse".</summary>
    private static string TitleBeforeTagPart(string h1, string titleTag)
    {
        foreach (var part in PageEmployer.Parts(titleTag).Skip(1))
        {
            if (h1.Length > part.Length + 1 && h1.EndsWith(" " + part, StringComparison.OrdinalIgnoreCase)
                && h1[..^(part.Length + 1)].Trim() is { Length: > 1 } head && TitleTagNames(titleTag, head))
            {
                return head;
            }
        }

        return "";
    }

    // "Registered Nurse (2400123)", "Welder [REQ-10452]": a tracking system's requisition number, not the title's. Five
    // digits or more, so a year stays.
    private static readonly Regex RequisitionNumber = new(@"\s*[\(\[]\s*(?:[A-Za-z]{1,4}[-_ ]?)?\d{5,}\s*[\)\]]\s*$", RegexOptions.Compiled);

    private static string WithoutRequisitionNumber(string title) => RequisitionNumber.Replace(title, "");

    /// <summary>A title tag of three or more crumbs that repeat their words ("Job details | Job search | Jobs") is the
    /// site's navigation path, not a job title.</summary>
    private static bool IsBreadcrumb(string titleTag)
    {
        var crumbs = titleTag.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var firstWords = crumbs.Select(crumb => crumb.Split(' ')[0]).ToList();
        return crumbs.Length >= 3 && firstWords.Distinct(StringComparer.OrdinalIgnoreCase).Count() < firstWords.Count;
    }

    private static string WithoutSiteSuffix(string title, string siteName)
    {
        var cut = title.IndexOf(" | ", StringComparison.Ordinal) is var bar and > 0 ? title[..bar] : title;
        if (siteName.Length > 0)
        {
            foreach (var separator in TitleSeparators)
            {
                if (cut.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
                {
                    cut = cut[..^(separator.Length + siteName.Length)];
                }
            }
        }

        return cut.Trim();
    }

    /// <summary>A field as its element shows it, without the separator a board puts before it ("/ Ministry").</summary>
    private static string MarkupValue(PageScan scan, MarkupField field) =>
        scan.MarkupFields.GetValueOrDefault(field, "").Trim(' ', '/', '|', '-', '–', '—', ':', '·');

    /// <summary>What the page says about itself in its meta description and social description.</summary>
    public static IEnumerable<string> Descriptions(PageScan scan) =>
        new[] { Meta(scan, "description"), Meta(scan, "og:description") }.Where(d => d.Length > 0).Distinct(StringComparer.Ordinal);

    private static string Meta(PageScan scan, string name) => scan.Meta.GetValueOrDefault(name, "");
}
