using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// The site's own name as the employer of a page nothing else names it on, when the site states it in two
/// independent ways: its title tags or site name (og:site_name), its logo's alt text, its copyright line ("© 2026
/// Acme"), its host name spelled loosely ("uni-weserbergland" for "Universität Weserbergland"). A staffing agency's is never
/// read so (<see cref="PageEmployer"/>). A job board states
/// its own name the same ways, so the name is never a board's or a job site's, the host never a board's, and the page
/// must read as a site of its own: its title tags hold nothing besides the title, the name and generic words
/// ("Careers"), and no employer block names another company.
/// </summary>
internal static class SiteOwnName
{
    private static EmployerWords Words => EmployerWords.Default;

    public static string Find(PageScan scan, string title, IReadOnlyList<string> urls)
    {
        var hosts = urls.Select(Words.SiteNameOf).Where(host => host.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (hosts.Any(host => !PageEmployer.IsOwnName(host)) || DeclaredNames(scan, title) is not { } declared)
        {
            return "";
        }

        var logos = scan.LogoNames.Select(EmployerWords.LogoName).Where(name => name.Length > 1).ToList();
        var copyrightLines = CopyrightLines(scan);
        return declared.Concat(logos)
            .Where(name => MayBeOwnName(name, title))
            .FirstOrDefault(name => Statements(name, declared, logos, copyrightLines, hosts) >= 2 && !PageEmployer.NamesAnotherEmployer(scan, name)) ?? "";
    }

    /// <summary>A name that reads as one, neither a board's nor the title; never an agency's, whose own site recruits
    /// for a client.</summary>
    private static bool MayBeOwnName(string name, string title) =>
        PageEmployer.IsOwnName(name) && EmployerWords.ReadsAsName(name) && !Words.IsStaffingAgency(name)
        && !name.Equals(title, StringComparison.OrdinalIgnoreCase);

    /// <summary>How many independent ways the site states the name.</summary>
    private static int Statements(string name, List<string> declared, List<string> logos, List<string> copyrightLines, List<string> hosts) =>
        (declared.Any(other => Words.SameName(other, name)) ? 1 : 0)
        + (logos.Any(logo => Words.WritesName(logo, name)) ? 1 : 0)
        + (copyrightLines.Any(line => Words.WritesName(line, name)) ? 1 : 0)
        + (hosts.Any(host => Words.HostSpellsLoosely(host, name)) ? 1 : 0);

    /// <summary>The names the title tags and og:site_name give the site; null when a title tag holds a part besides the
    /// title, one name and generic words, as a board's does ("Nurse - Acme - Leeds | Board").</summary>
    private static List<string>? DeclaredNames(PageScan scan, string title)
    {
        var names = new List<string>();
        foreach (var tag in new[] { scan.TitleTag, Meta(scan, "og:title"), Meta(scan, "twitter:title") }.Where(tag => tag.Length > 0))
        {
            var parts = PartsBesideTitle(tag, title);
            if (parts.Count > 1)
            {
                return null;
            }

            names.AddRange(parts);
        }

        var siteName = Words.WithoutSiteNameSuffix(Meta(scan, "og:site_name"));
        return [.. names.Append(siteName).Where(name => name.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The copyright lines of the header and footer the text leaves out, and of the text itself.</summary>
    private static List<string> CopyrightLines(PageScan scan)
    {
        var lines = new List<string>(scan.CopyrightLines);
        var text = scan.Text;
        for (var at = text.IndexOf('©'); at >= 0; at = text.IndexOf('©', at + 1))
        {
            var start = text.LastIndexOf('\n', at) + 1;
            var end = text.IndexOf('\n', at) is var newline and >= 0 ? newline : text.Length;
            lines.Add(text[start..end]);
        }

        return lines;
    }

    /// <summary>The names a title tag holds besides the title and generic words: "Lyon" and "Acme" in "Comptable - Lyon -
    /// Acme | Careers".</summary>
    public static List<string> PartsBesideTitle(string tag, string title) =>
        [.. PageEmployer.Parts(tag).Where(part => !IsTitlePart(part, title)).Select(Words.WithoutSiteNameSuffix)
            .Where(part => !Words.IsNotEmployer(part)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static bool IsTitlePart(string part, string title) =>
        part.Contains(title, StringComparison.OrdinalIgnoreCase) || title.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string Meta(PageScan scan, string name) => scan.Meta.GetValueOrDefault(name, "");
}
