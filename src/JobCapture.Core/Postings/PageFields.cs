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
            Title = scan.MarkupFields.GetValueOrDefault(MarkupField.Title, ""),
            Company = scan.MarkupFields.GetValueOrDefault(MarkupField.Company, ""),
            Location = location,
            Locations = location.Length > 0 ? [location] : [],
            EmploymentType = scan.MarkupFields.GetValueOrDefault(MarkupField.EmploymentType, ""),
            Salary = scan.MarkupFields.GetValueOrDefault(MarkupField.Salary, ""),
        };
    }

    public static PostingFields FromHeadings(PageScan scan, string knownTitle)
    {
        var title = knownTitle.Length > 0 ? knownTitle : TitleFromHeadings(scan);
        return new PostingFields { Title = title, Company = CompanyFromTitleTag(scan, title) };
    }

    /// <summary>The h1 when the page's own title tags agree with it; with no h1 at all, the social or title tag.</summary>
    private static string TitleFromHeadings(PageScan scan)
    {
        var socialTitles = new[] { Meta(scan, "og:title"), Meta(scan, "twitter:title") }.Where(t => t.Length > 0).ToList();
        foreach (var h1 in scan.H1s.Where(h => h.Length > 1))
        {
            if (socialTitles.Any(t => t.Contains(h1, StringComparison.OrdinalIgnoreCase)) || TitleTagStartsWith(scan.TitleTag, h1))
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

    /// <summary>"Senior Engineer - Acme | Board" confirms the h1 "Senior Engineer"; a breadcrumb title ("Job details |
    /// Search | Jobs | Site") whose first crumb repeats a generic h1 does not.</summary>
    private static bool TitleTagStartsWith(string titleTag, string h1)
    {
        var tag = titleTag.TrimStart('「', '"', '“', '\'', '[', '(');
        return !IsBreadcrumb(tag) && tag.Length > h1.Length && tag.StartsWith(h1, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Senior Engineer at Acme | Board" names the company after the title.</summary>
    private static string CompanyFromTitleTag(PageScan scan, string title)
    {
        if (title.Length == 0)
        {
            return "";
        }

        foreach (var tag in new[] { scan.TitleTag, Meta(scan, "og:title") })
        {
            var at = tag.IndexOf(title + " at ", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var rest = tag[(at + title.Length + 4)..];
                return CutAtSeparator(rest).Trim();
            }
        }

        return "";
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

    private static string CutAtSeparator(string text)
    {
        var end = text.Length;
        foreach (var separator in TitleSeparators)
        {
            var index = text.IndexOf(separator, StringComparison.Ordinal);
            if (index >= 0 && index < end)
            {
                end = index;
            }
        }

        return text[..end];
    }

    private static string Meta(PageScan scan, string name) => scan.Meta.GetValueOrDefault(name, "");
}
