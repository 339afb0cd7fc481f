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

    /// <summary>The title from the headings, when no more trusted source states one.</summary>
    public static string TitleFromHeadings(PageScan scan, string knownTitle) =>
        knownTitle.Length > 0 ? knownTitle : TitleFromHeadings(scan);

    /// <summary>The h1 when the page's own title tags or its description ("Apply for Nurse at Acme") agree with it;
    /// with no h1 at all, the social or title tag.</summary>
    private static string TitleFromHeadings(PageScan scan)
    {
        var socialTitles = new[] { Meta(scan, "og:title"), Meta(scan, "twitter:title") }.Where(t => t.Length > 0).ToList();
        var descriptions = Descriptions(scan).ToList();
        foreach (var h1 in scan.H1s.Where(h => h.Length > 1 && !FieldWords.Default.LooksLikeListPageTitle(h)))
        {
            if (socialTitles.Any(t => t.Contains(h1, StringComparison.OrdinalIgnoreCase)) || TitleTagNames(scan.TitleTag, h1)
                || (h1.Length > 2 && descriptions.Any(d => d.Contains(h1, StringComparison.Ordinal))))
            {
                return h1;
            }
        }

        if (scan.H1s.Count > 0)
        {
            return "";
        }

        var tag = socialTitles.FirstOrDefault() ?? scan.TitleTag;
        var fallback = WithoutSiteSuffix(tag, Meta(scan, "og:site_name"));
        return IsBreadcrumb(tag) || FieldWords.Default.LooksLikeListPageTitle(fallback) ? "" : fallback;
    }

    /// <summary>"Senior Engineer - Acme | Board", "Senior Engineer" and "Job Application for Senior Engineer at Acme" confirm
    /// the h1 "Senior Engineer"; a breadcrumb title ("Job details | Search | Jobs | Site") whose first crumb repeats a
    /// generic h1 does not, nor does a generic h1 ("Jobs") inside a longer tag.</summary>
    private static bool TitleTagNames(string titleTag, string h1)
    {
        var tag = titleTag.TrimStart('「', '"', '“', '\'', '[', '(');
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
