using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// The employer of a page without structured data for it, from what a person reads: "Nurse at Acme" in the title tag
/// or heading; an employer block beside the title's heading ("job-offer__company" under the h1); a title-tag part
/// ("Nurse - Acme | Board"), the site's name (og:site_name) or the site's own host name, each only when the posting
/// backs it (its text says "About Acme", "Join Acme"…); a link to the board's profile of the employer ("/companies/acme"),
/// after "Posted … by" or under "About the company"; a name only the page's address backs; a "Company: Acme" line, the
/// only source a page without a title (a results page, a shell) is read for; last, the site's own name where the site
/// states it twice (<see cref="SiteOwnName"/>). A job board's own name is never the employer.
/// </summary>
internal static class PageEmployer
{
    /// <summary>What separates a title from the site's or employer's name in a title tag.</summary>
    public static readonly string[] Separators = EmployerWords.Default.TitleTagSeparators;

    private static EmployerWords Words => EmployerWords.Default;

    /// <summary>The employer; <paramref name="text"/> is what the posting says (page text and description),
    /// <paramref name="urls"/> where the page lives.</summary>
    public static string Find(PageScan scan, string title, string location, string text, IReadOnlyList<string> urls)
    {
        var hasTitle = title.Length > 0;
        if (hasTitle && NamesBesideTitle(scan, title).Any(Words.IsUndisclosed))
        {
            // The board says the employer stays unnamed: any other name on the page is the board's or another's.
            return "";
        }

        var tags = hasTitle ? TitleTags(scan) : [];
        var place = PlaceOf(scan, location, urls);
        var candidates = FromPrepositions(scan, tags, title, text, urls)
            .Concat(Later(() => hasTitle ? NameBesideTitle(scan, title, place) : ""))
            .Concat(FromTagParts(tags, title, text, backingUrls: []))
            .Concat(hasTitle ? FromSiteNames(scan, text, urls) : [])
            .Concat(hasTitle ? FromLinks(scan, title, text) : [])
            // A board's class-less line of facts under the title: the name just before the posting's place.
            .Concat(Later(() => hasTitle ? FactLines.EmployerBeforePlace(scan.Text, HeadingOf(scan, title).Text ?? title, title, place) : ""))
            // A name only the page's own address backs is the site's: a board's as often as the employer's, so any link
            // that names the employer comes first.
            // On a page whose cards of similar jobs name other employers the site is a board, and its address backs none.
            .Concat(FromTagParts(tags, title, text, backingUrls: urls).Where(name => MayBeBackedByAddress(scan, title, name)))
            .Concat(Later(() => hasTitle ? SiteNameBackedByAddress(scan, text, urls) : "").Where(name => MayBeBackedByAddress(scan, title, name)))
            .Concat(Later(() => Words.LabelledName(text)))
            .Concat(Later(() => Words.NameInLabelledCells(scan.LabelledCells)))
            // An agency's own site states its name as a company's site does, and recruits for a client.
            .Concat(Later(() => hasTitle && !Words.RecruitsForClient(text) ? SiteOwnName.Find(scan, title, urls) : ""));
        var jobSiteBrands = JobSiteBrands(scan);
        return candidates.FirstOrDefault(name => IsPlausible(name, title, location) && !jobSiteBrands.Any(brand => Words.SameName(brand, name))) ?? "";
    }

    /// <summary>The posting's place as its title tags, description, location field and address state it.</summary>
    private static FactLines.PostingPlace PlaceOf(PageScan scan, string location, IReadOnlyList<string> urls) =>
        new([scan.TitleTag, Meta(scan, "og:title"), Meta(scan, "description"), Meta(scan, "og:description")], location, urls);

    /// <summary>The brands of the job sites the page names itself ("Trovit" in a title tag's or logo's "Trovit Empleo"):
    /// the site is that job site, whose host spells the brand.</summary>
    private static List<string> JobSiteBrands(PageScan scan) =>
        [.. TitleTags(scan).SelectMany(Parts).Append(Meta(scan, "og:site_name")).Concat(scan.LogoNames.Select(EmployerWords.LogoName))
            .Select(Words.JobSiteBrand).Where(brand => brand.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>"Comptable - Lyon - Fiduciaire Rhône | Jobijoba": a title tag that holds two names besides the title and
    /// <paramref name="name"/> (a place, an employer) shows another's posting, as a board's does, so the page's address
    /// backs no name there.</summary>
    private static bool ShowsAnothersPosting(PageScan scan, string title, string name) =>
        SiteOwnName.PartsBesideTitle(scan.TitleTag, title).Count(part => !Words.SameName(part, name)) >= 2;

    private static bool MayBeBackedByAddress(PageScan scan, string title, string name) =>
        !ShowsAnothersPosting(scan, title, name) && !NamesAnotherEmployer(scan, name);

    /// <summary>True when an employer block, the board's company field or a company label's value anywhere on the page
    /// (the cards of similar jobs: "Kapiti Coast Advisory" under a card's title) names a company other than
    /// <paramref name="name"/>: the site shows others' postings, as a board does, so its own name and address are the
    /// board's.</summary>
    public static bool NamesAnotherEmployer(PageScan scan, string name) =>
        scan.EmployerBlocks.Select(block => Words.NameInBlock(block.Text, block.ImageAlt))
            .Concat(scan.CompanyFields.Select(field => Words.NameInBlock(field.Text)))
            .Concat(CompanyLabelValues(scan).Select(value => Words.NameInBlock(value.Text, "")))
            .Any(other => other.Length > 0 && !Words.IsNotEmployer(other) && !Words.SameName(other, name));

    /// <summary>A source read only when the ones before it found nothing.</summary>
    private static IEnumerable<string> Later(Func<string> source)
    {
        yield return source();
    }

    /// <summary>The name an employer block or a company label's value shows beside the title's heading
    /// ("job-offer__company" under the h1, "Empresa" then the name in the row under it); the same block or pair on the
    /// cards of similar jobs, further away, names theirs.</summary>
    private static string NameBesideTitle(PageScan scan, string title, FactLines.PostingPlace place)
    {
        // "Van Dijk Logistiek · Tilburg": a block that goes on with the posting's place names the employer before it.
        var names = NamesBesideTitle(scan, title).Select(name => FactLines.NameBeforePlace(name, place) is { Length: > 0 } before ? before : name).Where(name => name.Any(char.IsLetter) && EmployerWords.ReadsAsName(name) && !Words.IsNotEmployer(name))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return names is [var name] ? name : "";
    }

    /// <summary>The company field's value when the board's company selectors match elements that name several companies,
    /// the posting's and the cards' of similar jobs: the one beside the title's heading, else <paramref name="value"/>
    /// (the first) when the title tags or the description name it too, else ""; null when they name one company or none.</summary>
    public static string? CompanyFieldOfPosting(PageScan scan, string title, string value)
    {
        if (scan.CompanyFields.Select(field => Words.NameInBlock(field.Text)).Where(name => name.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(2).Count() < 2)
        {
            return null;
        }

        var heading = HeadingOf(scan, title);
        var beside = heading.Text is null ? [] : scan.CompanyFields.Where(field => field.SitsBeside(heading)).Select(field => field.Text.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        if (beside is [var name])
        {
            return name;
        }

        var first = Words.NameInBlock(value);
        return first.Length > 0 && TitleTags(scan).Concat(PageFields.Descriptions(scan)).Any(tag => tag.Contains(first, StringComparison.OrdinalIgnoreCase))
            ? null : "";
    }

    /// <summary>The heading that states the title; default when none does.</summary>
    private static PlacedText HeadingOf(PageScan scan, string title) =>
        title.Length == 0 ? default : scan.Headings.FirstOrDefault(h => h.Text.StartsWith(title, StringComparison.OrdinalIgnoreCase));

    /// <summary>What the employer blocks and the company labels' values beside the title's heading show, each as a name
    /// or "".</summary>
    private static IEnumerable<string> NamesBesideTitle(PageScan scan, string title)
    {
        var heading = HeadingOf(scan, title);
        return heading.Text is null ? []
            : scan.EmployerBlocks.Where(block => block.SitsBeside(heading)).Select(block => Words.NameInBlock(block.Text, block.ImageAlt))
                .Concat(CompanyLabelValues(scan).Where(value => value.SitsBeside(heading)).Select(value => Words.NameInBlock(value.Text, "")));
    }

    /// <summary>The values that follow a company label in the element beside it ("Empresa" then "Clínica Dental Ebro").</summary>
    public static IEnumerable<PlacedText> CompanyLabelValues(PageScan scan) =>
        scan.LabelledValues.Select(pair => pair.Value);

    /// <summary>A link that names the employer: to its profile on the board, after "Posted … by", under "About the
    /// company", one whose address spells it and that the posting introduces ("En Acme buscamos"), or a link into the
    /// profile with other words ("View company") whose slug the posting spells as a name it introduces. Each is read only
    /// when the sources before it found nothing.</summary>
    private static IEnumerable<string> FromLinks(PageScan scan, string title, string text)
    {
        yield return Words.ProfileLinkName(scan.Anchors);
        // Profile links that name several companies, the posting's and the cards' of similar jobs: the one beside the
        // title's heading.
        yield return ProfileLinkBesideTitle(scan, title);
        yield return Words.PostedByLinkName(scan.Text, scan.Anchors);
        yield return Words.NameUnderAboutHeading(scan.Text, scan.Anchors);
        yield return Words.IntroducedLinkName(text, scan.Anchors);
        yield return Words.ProfileSlugName(scan.Text, scan.Anchors);
    }

    /// <summary>The employer a profile link beside the title's heading names ("Logística del Sur S.A." to
    /// /perfiles/empresa_logistica-del-sur-s.a._13227481.html under the h1), when every such link there names the same
    /// one.</summary>
    private static string ProfileLinkBesideTitle(PageScan scan, string title)
    {
        var heading = HeadingOf(scan, title);
        return heading.Text is null ? ""
            : Words.ProfileLinkName(scan.ProfileLinks.Where(link => link.Link.SitsBeside(heading)).Select(link => (link.Href, link.Link.Text)));
    }

    /// <summary>A heading's title without what names its employer or its site: "Nurse - Acme", "Nurse at Acme",
    /// "Acme Careers - Nurse" and "Nurse | Careers at Acme" are the title "Nurse" at Acme; "Nurse - Board" is "Nurse".</summary>
    public static string TitleWithout(string title, string company)
    {
        foreach (var (preposition, _) in AllPrepositions())
        {
            if (company.Length > 0 && title.EndsWith($" {preposition} {company}", StringComparison.OrdinalIgnoreCase))
            {
                title = title[..^(preposition.Length + company.Length + 2)].Trim();
            }
        }

        foreach (var separator in Separators.Where(_ => company.Length > 0))
        {
            // "Nurse - Acme - Leeds": what follows the employer's part is the site's, not the title's.
            var middle = title.IndexOf(separator + company + separator, StringComparison.OrdinalIgnoreCase);
            if (middle > 0)
            {
                title = title[..middle].Trim();
            }
        }

        for (var cut = true; cut;)
        {
            cut = false;
            foreach (var separator in Separators)
            {
                var last = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && NamesSite(title[(last + separator.Length)..], company))
                {
                    (title, cut) = (title[..last].Trim(), true);
                }

                var first = title.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && NamesSite(title[..first], company))
                {
                    (title, cut) = (title[(first + separator.Length)..].Trim(), true);
                }
            }
        }

        return title;
    }

    /// <summary>A title-tag part that names the employer ("Acme", "Acme Careers", "Careers at Acme") or a board.</summary>
    private static bool NamesSite(string part, string company)
    {
        part = part.Trim();
        return Words.IsNotEmployer(part)
            || (company.Length > 0
                && (Words.WithoutSiteNameSuffix(part).Equals(company, StringComparison.OrdinalIgnoreCase)
                    || AllPrepositions().Any(p => NameAfterGenericWord(part, p.Word) is var name
                        && (name.Equals(company, StringComparison.OrdinalIgnoreCase) || EmployerWords.DeclinedAlike(name, company)))));
    }

    /// <summary>The title tag, the social titles and the h1s: where a page states its title with its employer.</summary>
    public static List<string> TitleTags(PageScan scan) =>
        [.. new[] { scan.TitleTag, Meta(scan, "og:title"), Meta(scan, "twitter:title") }.Concat(scan.H1s).Where(t => t.Length > 0)];

    /// <summary>The parts of a title tag: "Nurse - Acme | Board" is "Nurse", "Acme", "Board".</summary>
    public static List<string> Parts(string tag)
    {
        var parts = new List<string> { tag.Trim('「', '」', '【', '】', '"', '“', '”', ' ') };
        foreach (var separator in Separators)
        {
            parts = [.. parts.SelectMany(part => part.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
        }

        return parts;
    }

    /// <summary>"Nurse at Acme", "Pflegekraft bei Acme", "Infirmière chez Acme", "Verpleegkundige bij Acme", a part
    /// "Careers at Acme", and "Enfermera en Acme" when the posting backs Acme.</summary>
    private static IEnumerable<string> FromPrepositions(PageScan scan, List<string> tags, string title, string text, IReadOnlyList<string> urls)
    {
        var headings = scan.H1s;
        var siteName = Words.WithoutSiteNameSuffix(Meta(scan, "og:site_name"));
        // The headings first: "Barista bei Café Mokka" ends where the name does, a title tag may go on ("… in Hamburg").
        foreach (var tag in tags.Where(headings.Contains).Concat(tags.Where(tag => !headings.Contains(tag))))
        {
            foreach (var (preposition, needsBacking) in AllPrepositions())
            {
                var names = Parts(tag).Select(part => WholeSiteName(NameAfterGenericWord(part, preposition), siteName)).Prepend(NameAfter(tag, title, preposition));
                foreach (var name in names.Where(n => n.Length > 0).Select(n => WithoutPlace(n, text)))
                {
                    if (!needsBacking || Backed(name, text, urls) is not null)
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    /// <summary>"Acme GmbH in Hamburg" after "bei" in a title tag is "Acme GmbH" when the page writes that name on a line
    /// of its own (a link or block under the heading): the tag went on with the place.</summary>
    private static string WithoutPlace(string name, string text)
    {
        foreach (var preposition in Words.PlacePrepositions)
        {
            var at = name.IndexOf($" {preposition} ", StringComparison.Ordinal);
            if (at > 0 && IsLineOf(text, name[..at]))
            {
                return name[..at];
            }
        }

        return name;
    }

    private static bool IsLineOf(string text, string line)
    {
        for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(line, at + 1, StringComparison.Ordinal))
        {
            var end = at + line.Length;
            if ((at == 0 || text[at - 1] == '\n') && (end == text.Length || text[end] == '\n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A career page's heading: a generic word ("Careers", "Trabaja con nosotros"), a hiring phrase alone ("Nous
    /// recrutons !") or one before the employer ("Werken bij De Zoete Inval").</summary>
    public static bool IsCareerHeading(string heading) =>
        Words.IsNotEmployer(heading) || FieldWords.Default.IsHiringPhrase(heading) || AllPrepositions().Any(p => NameAfterGenericWord(heading, p.Word).Length > 0);

    /// <summary>The site's name (og:site_name) where it writes the shorter name a career heading gives ("Bakkerij De
    /// Zoete Inval" for "Werken bij De Zoete Inval"), or the name a German heading declines ("Stadtwerke Lindenau" for
    /// "Karriere bei den Stadtwerken Lindenau").</summary>
    private static string WholeSiteName(string name, string siteName) =>
        name.Length > 0 && IsOwnName(siteName) && !IsCareerHeading(siteName)
        && ((siteName.Length > name.Length && Words.WritesName(siteName, name)) || EmployerWords.DeclinedAlike(siteName, name))
            ? siteName : name;

    /// <summary>"Acme" in a title-tag part "Careers at Acme", "Jobs bei Acme" or "Karriere bei der Acme"; "" for the board
    /// "Jobs bei ingenieur.de" names by its address.</summary>
    private static string NameAfterGenericWord(string part, string preposition)
    {
        var joint = $" {preposition} ";
        var at = part.IndexOf(joint, StringComparison.OrdinalIgnoreCase);
        return at > 0 && Words.IsNotEmployer(part[..at]) && Words.WithoutArticle(part[(at + joint.Length)..].Trim()) is var name
            && !Words.NamesListingBoard(part[..at], name) ? name : "";
    }

    private static IEnumerable<(string Word, bool NeedsBacking)> AllPrepositions() =>
        Words.Prepositions.Select(p => (p, false)).Concat(Words.PrepositionsNeedingBacking.Select(p => (p, true)));

    /// <summary>The name after "<paramref name="title"/> at " in a tag, up to the next separator, without an article in
    /// lower case ("bei der Caritas"); or, in a tag that is the title itself, after its last " at ".</summary>
    public static string NameAfter(string tag, string title, string preposition)
    {
        var joint = $" {preposition} ";
        var at = title.Length > 0 ? tag.IndexOf(title + joint, StringComparison.OrdinalIgnoreCase) : -1;
        var start = at >= 0 ? at + title.Length + joint.Length : -1;
        if (start < 0 && title.Contains(joint, StringComparison.OrdinalIgnoreCase) && tag.StartsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            start = title.LastIndexOf(joint, StringComparison.OrdinalIgnoreCase) + joint.Length;
        }

        return start < 0 ? "" : Words.WithoutArticle(Parts(tag[start..]).FirstOrDefault() ?? "");
    }

    /// <summary>A part of a title tag besides the title's own ("Nurse | Acme | LinkedIn"), when the posting backs it or
    /// one of <paramref name="backingUrls"/> spells it.</summary>
    private static IEnumerable<string> FromTagParts(List<string> tags, string title, string text, IReadOnlyList<string> backingUrls)
    {
        foreach (var tag in tags)
        {
            var parts = Parts(tag);
            // "Nurse - Acme" mostly, "Acme - Nurse" on some tracking systems: the first part is tried last.
            foreach (var part in parts.Skip(1).Append(parts[0]))
            {
                var name = Words.WithoutSiteNameSuffix(part);
                if (!title.Equals(name, StringComparison.OrdinalIgnoreCase) && !Words.IsNotEmployer(name) && !Words.NamesJobSite(name)
                    && Backed(name, text, backingUrls) is { } spelled)
                {
                    yield return spelled;
                }
            }
        }
    }

    /// <summary>og:site_name or a logo's alt text, then the site's own name from its URL: the employer on its own career
    /// site or a tracking system's tenant page, a job board's name on a board (which the board list or the missing
    /// backing keeps out).</summary>
    private static IEnumerable<string> FromSiteNames(PageScan scan, string text, IReadOnlyList<string> urls)
    {
        var siteNames = scan.LogoNames.Select(EmployerWords.LogoName).Prepend(Words.WithoutSiteNameSuffix(Meta(scan, "og:site_name")));
        foreach (var siteName in siteNames.Where(IsOwnName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Introduced(text, siteName) is { } spelled)
            {
                yield return spelled;
            }
        }

        // A tracking system's tenant is the employer's account: the page need only spell its slug, or, for a slug the
        // page writes in capitals ("GHVL Recrute"), the initials.
        foreach (var tenant in urls.Select(Words.TenantNameOf).Where(IsOwnName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var tenantName = Words.SpellingOfSlug(text, tenant) ?? (WritesInCapitals(scan, tenant) ? Initials.SpelledOut(text, tenant) : null);
            if (tenantName is not null && (!Words.RecruitsForClient(text) || Introduced(text, tenantName) is not null))
            {
                yield return WholeNameStartingWith(scan, text, tenantName);
            }
        }

        // The host's own name is backed by the text only: its URL trivially carries it.
        foreach (var name in urls.Select(Words.SiteNameOf).Where(IsOwnName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Introduced(text, Words.SpacedSpelling(text, name) ?? name) is { } named)
            {
                yield return named;
            }
        }
    }

    /// <summary>"Harbor Pine Outfitters" for a slug that spells "Harbor Pine", when the title tag, the site's name or its logo
    /// writes the name whole and the text does too: a slug is often the start of the name.</summary>
    private static string WholeNameStartingWith(PageScan scan, string text, string start) =>
        TitleTags(scan).SelectMany(Parts).Append(Meta(scan, "og:site_name")).Concat(scan.LogoNames)
            .Select(Words.WithoutSiteNameSuffix)
            .FirstOrDefault(name => name.StartsWith(start + " ", StringComparison.Ordinal) && name.Length <= MaxWholeNameLength
                && Words.WritesName(text, name)) ?? start;

    // A title tag's part longer than this is a sentence, not a name.
    private const int MaxWholeNameLength = 80;

    /// <summary>og:site_name when the page's address spells it (or its text introduces it).</summary>
    private static string SiteNameBackedByAddress(PageScan scan, string text, IReadOnlyList<string> urls)
    {
        var siteName = Words.WithoutSiteNameSuffix(Meta(scan, "og:site_name"));
        return IsOwnName(siteName) ? Backed(siteName, text, urls) ?? "" : "";
    }

    /// <summary>True when the title tags or the site's name write the slug as a word in capitals ("GHVL").</summary>
    private static bool WritesInCapitals(PageScan scan, string slug) =>
        !slug.Contains(' ') && TitleTags(scan).Append(Meta(scan, "og:site_name"))
            .Any(tag => tag.Split(' ', '-', '|', '–', '·').Contains(slug.ToUpperInvariant(), StringComparer.Ordinal));

    /// <summary>A name a site may give itself that is neither a job site's nor a generic word.</summary>
    public static bool IsOwnName(string name) => name.Length > 1 && !Words.IsNotEmployer(name) && !Words.NamesJobSite(name);

    /// <summary>The page's spelling of a name its text names as the employer, or the name itself when a URL of the
    /// page carries it (apply.board.example/acme/j/42); null when nothing backs it.</summary>
    private static string? Backed(string name, string text, IReadOnlyList<string> urls)
    {
        if (Introduced(text, name) is { } spelled)
        {
            return spelled;
        }

        // A job site's own name in its URL backs nothing: on a board the host is the board's; nor does an agency's, which
        // recruits on its own site for a client.
        // A name written as a web address ("Laborum.cl") is the website's, the board's as often as the employer's.
        return !EmployerWords.IsWebAddress(name) && !Words.NamesJobSite(name) && !Words.IsStaffingAgency(name) && !Words.RecruitsForClient(text)
            && urls.Any(url => Words.SlugSpells(Words.SiteNameOf(url), name)) ? name : null;
    }

    /// <summary>The page's spelling of a name its posting introduces as the employer; an agency's only where the posting
    /// makes you its employee, and on a posting that recruits for a client ("Our client, a manufacturer") only the
    /// client's or the employer of record's.</summary>
    private static string? Introduced(string text, string name) =>
        Words.IsStaffingAgency(name) ? Words.SpellingAsEmployerOfRecord(text, name)
        : Words.RecruitsForClient(text) ? Words.SpellingAsClient(text, name)
        : Words.SpellingInCue(text, name);

    private static bool IsPlausible(string name, string title, string location) =>
        name.Length is > 1 and <= 100
        && !Words.IsNotEmployer(name)
        && !FieldWords.Default.LooksLikeListPageTitle(name)
        && !name.Equals(title, StringComparison.OrdinalIgnoreCase)
        && !(location.Length > 0 && location.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static string Meta(PageScan scan, string name) => scan.Meta.GetValueOrDefault(name, "");
}
