using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>The words of Data/Postings/employer-words.json: how pages name the employer, and which names never are one.</summary>
internal sealed partial class EmployerWords
{
    // A name is looked for this many times in the text before the reader gives up backing it.
    private const int MaxOccurrencesChecked = 64;

    private readonly HashSet<string> _notEmployers;
    private readonly HashSet<string> _undisclosedNames;
    private readonly (string Before, string After)[] _cues;
    private readonly (string Before, string After)[] _employmentCues;
    private readonly (string Before, string After)[] _clientOrEmploymentCues;
    private readonly string[] _clientWords;
    private readonly HashSet<string> _staffingAgencies;
    private readonly Regex _labelledLine;
    private readonly HashSet<string> _companyLabels;
    private readonly Regex _nameLabelAbove;
    private readonly Regex _nameUnderAboutHeading;
    private readonly Regex _postedByLine;
    private readonly HashSet<string> _authorPaths;
    private readonly HashSet<string> _profilePathSegments;
    private readonly SearchValues<string> _profileWords;
    private readonly string[] _siteNameSuffixes;
    private readonly Dictionary<string, string> _tenantHosts;
    private readonly string[] _tenantSlugSuffixes;
    private readonly string[] _legalForms;
    private readonly Dictionary<char, string> _transliterations;
    private readonly string[] _jobSiteWords;
    private readonly HashSet<string> _nameArticles;
    private readonly KeyValuePair<string, string>[] _dativePluralEndings;
    private readonly HashSet<string> _listingWords;

    private EmployerWords()
    {
        var data = CoreData.ReadJson("Postings", "employer-words.json");
        _undisclosedNames = Strings(data, "undisclosedNames").Select(Key).ToHashSet(StringComparer.Ordinal);
        _notEmployers = Strings(data, "jobBoards").Concat(Strings(data, "genericWords")).Select(Key).Concat(_undisclosedNames).ToHashSet(StringComparer.Ordinal);
        Prepositions = Strings(data, "employerPrepositions");
        PrepositionsNeedingBacking = Strings(data, "employerOrPlacePrepositions");
        TitleTagSeparators = Strings(data, "titleTagSeparators");
        PlacePrepositions = Strings(data, "placePrepositions");
        _employmentCues = Cues(Strings(data, "employmentCues"));
        _cues = [.. Cues(Strings(data, "employerCues")), .. _employmentCues];
        var clientCues = Cues(Strings(data, "clientCues"));
        _clientOrEmploymentCues = [.. clientCues, .. _employmentCues];
        _clientWords = [.. clientCues.Select(cue => cue.Before.TrimEnd(' ', ',')).Distinct(StringComparer.OrdinalIgnoreCase)];
        _staffingAgencies = Strings(data, "staffingAgencies").Select(Key).ToHashSet(StringComparer.Ordinal);
        _siteNameSuffixes = Strings(data, "siteNameSuffixes");
        _jobSiteWords = Strings(data, "jobSiteWords");
        _nameArticles = Strings(data, "nameArticles").ToHashSet(StringComparer.Ordinal);
        _listingWords = Strings(data, "listingWords").ToHashSet(StringComparer.OrdinalIgnoreCase);
        _dativePluralEndings = [.. data.GetProperty("dativePluralEndings").EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)).OrderByDescending(p => p.Key.Length)];
        _tenantHosts = data.GetProperty("tenantHosts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        _tenantSlugSuffixes = Strings(data, "tenantSlugSuffixes");
        _legalForms = [.. Strings(data, "legalForms").OrderByDescending(form => form.Length)];
        _transliterations = data.GetProperty("transliterations").EnumerateObject().ToDictionary(p => p.Name[0], p => p.Value.GetString()!);
        _companyLabels = Strings(data, "companyLabels").Concat(Strings(data, "companyNameLabels")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var labels = string.Join('|', Strings(data, "companyLabels").OrderByDescending(l => l.Length).Select(Regex.Escape));
        // A label needs a colon before the name ("Company size 200" is no company); one in a script other than Latin
        // may run straight into it, as a table cell's label does ("기업명" then the name).
        _labelledLine = new Regex(
            $@"^[ \t]*(?:{labels})(?:[ \t]*[:：][ \t]*|(?<=[^\x00-\x7F])[ \t]*)(?<name>[^\n]{{2,80}})$",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        // A table's or definition list's label cell stands on its own line, the name in the next cell below it.
        _nameLabelAbove = LineBelow(Strings(data, "companyNameLabels"));
        _nameUnderAboutHeading = LineBelow(Strings(data, "aboutCompanyHeadings"));
        // What stands on the link's line before it: "Posted 2 December by ", "Publié le 3 mars par ".
        var postedBy = string.Join('|', Strings(data, "postedBy").Select(words => words.Split('…', StringSplitOptions.TrimEntries))
            .Select(words => $@"{Regex.Escape(words[0])}(?:[ \t][^\n]{{0,60}})?[ \t]{Regex.Escape(words[1])}"));
        _postedByLine = new Regex($@"^[ \t]*(?:{postedBy})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _authorPaths = Strings(data, "authorPaths").ToHashSet(StringComparer.OrdinalIgnoreCase);
        _profilePathSegments = Strings(data, "employerProfilePaths").ToHashSet(StringComparer.OrdinalIgnoreCase);
        _profileWords = SearchValues.Create([.. _profilePathSegments.Select(folder => folder.Length > 1 ? folder : "/" + folder + "/")], StringComparison.OrdinalIgnoreCase);
    }

    public static EmployerWords Default { get; } = new();

    private static (string Before, string After)[] Cues(string[] cues) =>
        [.. cues.Select(cue => cue.Split("{0}")).Select(parts => (parts[0], parts[1]))];

    /// <summary>True for a staffing agency's name ("Randstad", "Randstad Nederland B.V."): on its own site it recruits for
    /// a client.</summary>
    public bool IsStaffingAgency(string name) => _staffingAgencies.Contains(Key(WithoutLegalForm(name)));

    /// <summary>The page's spelling of an agency's name where the posting makes you its employee ("je komt in dienst van
    /// Randstad"); null when it never does.</summary>
    public string? SpellingAsEmployerOfRecord(string text, string name) => SpellingInCue(text, name, _employmentCues);

    /// <summary>True when the posting recruits for a client ("Our client, a family-owned manufacturer, is seeking"): it is
    /// an agency's, named or not. "Our clients" is any firm's.</summary>
    public bool RecruitsForClient(string text) => _clientWords.Any(words => WritesWords(text, words));

    /// <summary>The page's spelling of a name an agency's posting names as its client ("our client Acme") or as your
    /// employer; null when it does neither.</summary>
    public string? SpellingAsClient(string text, string name) => SpellingInCue(text, name, _clientOrEmploymentCues);

    private static bool WritesWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || (!char.IsLetter(text[end]) && text[end] is not '\'' and not '’')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line below a line that is only one of <paramref name="labels"/>.</summary>
    private static Regex LineBelow(IEnumerable<string> labels)
    {
        var alternatives = string.Join('|', labels.OrderByDescending(l => l.Length).Select(Regex.Escape));
        return new Regex(
            $@"^[ \t]*(?:{alternatives})[ \t]*[:：]?[ \t]*\n[ \t]*(?<name>[^\n]{{2,80}})$",
            RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Words between a title and its employer that always name the employer ("at", "bei").</summary>
    public string[] Prepositions { get; }

    /// <summary>Words that may name the employer or a place ("en"): the name after them must be backed.</summary>
    public string[] PrepositionsNeedingBacking { get; }

    /// <summary>What separates a title tag's parts: "Nurse - Acme | Board", "【Nurse_Shanghai_Acme】".</summary>
    public string[] TitleTagSeparators { get; }

    /// <summary>Words that put a place after an employer's name ("Acme GmbH in Hamburg").</summary>
    public string[] PlacePrepositions { get; }

    /// <summary>"Stadtwerke Lindenau" for "den Stadtwerken Lindenau": an article in lower case after a preposition is no
    /// part of the name, and after the dative plural's "den" the name's words take the endings the name writes.</summary>
    public string WithoutArticle(string name)
    {
        if (name.IndexOf(' ') is not (var space and > 0) || !_nameArticles.Contains(name[..space]))
        {
            return name;
        }

        var rest = name[(space + 1)..].TrimStart();
        return name[..space] == DativePluralArticle ? InNominative(rest) : rest;
    }

    private const string DativePluralArticle = "den";

    /// <summary>"Verkehrsbetriebe Neustadt" for the dative plural "Verkehrsbetrieben Neustadt": each capitalised word that
    /// ends in one of the dative endings takes its nominative one.</summary>
    private string InNominative(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word.Length > 0 && char.IsUpper(word[0])
            && _dativePluralEndings.FirstOrDefault(ending => word.EndsWith(ending.Key, StringComparison.OrdinalIgnoreCase) && word.Length > ending.Key.Length) is { Key: { } dative } found
                ? word[..^dative.Length] + found.Value : word));

    /// <summary>True for "ingenieur.de" after "Jobs bei": a web address after a word for a board's listings is the board
    /// that lists the job.</summary>
    public bool NamesListingBoard(string listingWords, string name) => IsWebAddress(name) && _listingWords.Contains(listingWords.Trim());

    /// <summary>True for a job board's or tracking system's own name, or a generic word: never a company.</summary>
    public bool IsNotEmployer(string name) =>
        Key(name) is var key && (key.Length < 2 || _notEmployers.Contains(key) || (IsWebAddress(name) && _notEmployers.Contains(Key(name[..name.IndexOf('.')]))));

    /// <summary>True for what a board shows for an employer it keeps unnamed ("Empresa confidencial").</summary>
    public bool IsUndisclosed(string name) => _undisclosedNames.Contains(Key(name));

    /// <summary>"meinestadt.de", "Laborum.cl": a name written as a web address, which names a website.</summary>
    public static bool IsWebAddress(string name) =>
        !name.Contains(' ') && name.LastIndexOf('.') is var dot and > 0 && dot < name.Length - 2 && name[(dot + 1)..].All(char.IsAsciiLetterLower);

    private const int MaxNameLength = 80;

    /// <summary>The name an employer block shows: "at Acme" (Greenhouse's heading) is "Acme"; a block that holds more
    /// than a name (a paragraph, several lines) names none, unless its logo's alt text names what it writes ("Acme 4.3
    /// kununu Score" beside the logo "Acme Logo").</summary>
    public string NameInBlock(string block, string imageAlt = "")
    {
        var name = block.Trim();
        if (!ReadsAsName(name) && LogoName(imageAlt) is { Length: > 1 } logo && ReadsAsName(logo) && WritesName(name, logo))
        {
            return logo;
        }

        foreach (var preposition in Prepositions)
        {
            if (name.StartsWith(preposition + " ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[(preposition.Length + 1)..].Trim();
            }
        }

        return IsName(name) ? name : "";
    }

    // "Logo der Universität X", "Acme logo": what a logo's alt text says besides the name.
    private static readonly string[] LogoWords = ["logo", "of", "der", "des", "von", "van", "de", "du", "la", "del"];

    /// <summary>The name a logo's alt text gives: "Logo der Universität X" is "Universität X", "Acme logo" is "Acme".</summary>
    public static string LogoName(string alt)
    {
        var words = alt.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        var end = words.Length;
        while (start < end && LogoWords.Contains(words[start], StringComparer.OrdinalIgnoreCase))
        {
            start++;
        }

        while (end > start && LogoWords.Contains(words[end - 1], StringComparer.OrdinalIgnoreCase))
        {
            end--;
        }

        return string.Join(' ', words[start..end]);
    }

    /// <summary>"JobsBridge", "Jobs4U", "Vacaturebank", "Emploi Sud", "Cadremploi": a site name made of job words names a
    /// job site. Its words are split at spaces, digits and inner capitals, so "TalentPond" is "Talent" and "Pond".</summary>
    public bool NamesJobSite(string siteName) =>
        WordParts.Of(siteName).Any(word => _jobSiteWords.Any(jobWord => IsJobWord(word, jobWord)));

    /// <summary>"Trovit" for "Trovit Empleo": a site's name that ends in a job-site word no employer's career site adds to
    /// its name ("Acme Careers" is Acme's) names a job site, and its brand alone is that site's; "" for any other name.</summary>
    public string JobSiteBrand(string siteName)
    {
        var lastSpace = siteName.TrimEnd().LastIndexOf(' ');
        return lastSpace > 0 && WithoutSiteNameSuffix(siteName) == siteName && NamesJobSite(siteName[(lastSpace + 1)..])
            && siteName[..lastSpace].Trim() is var brand && !NamesJobSite(brand) ? brand : "";
    }

    /// <summary>"jobs*" is a word's start ("Jobsbridge"), "*emploi" a compound's end ("Cadremploi").</summary>
    private static bool IsJobWord(string word, string jobWord) =>
        jobWord.EndsWith('*') ? word.StartsWith(jobWord[..^1], StringComparison.OrdinalIgnoreCase)
        : jobWord.StartsWith('*') ? word.EndsWith(jobWord[1..], StringComparison.OrdinalIgnoreCase)
        : word.Equals(jobWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>The page's spelling of <paramref name="name"/> where the text names it as the employer ("About Acme",
    /// "Join Acme", "At Acme, we"); null when the text never does.</summary>
    public string? SpellingInCue(string text, string name) => SpellingInCue(text, name, _cues);

    private static string? SpellingInCue(string text, string name, (string Before, string After)[] cues)
    {
        var seen = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
             at >= 0 && seen++ < MaxOccurrencesChecked;
             at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if (StandsAlone(text, at, end) && !char.IsLower(text[at]) && cues.Any(cue => Surrounds(text, at, end, cue)))
            {
                return text[at..end];
            }
        }

        return null;
    }

    /// <summary>The company of a "Company: Acme" line or of a "Company name" cell above the name, when every such line of
    /// the text names the same one.</summary>
    public string LabelledName(string text) =>
        TheOnlyName(_labelledLine.Matches(text).Select(m => m.Groups["name"].Value)
            .Concat(_nameLabelAbove.Matches(text).Select(m => m.Groups["name"].Value).Where(ReadsAsName)));

    /// <summary>The company a definition list's or table row's label cell ("Empresa", "Company") stands beside, when every
    /// such cell names the same one and reads as a name. A label alone on a line may be a menu's; in a cell it is not.</summary>
    public string NameInLabelledCells(IEnumerable<(string Label, string Value)> cells) =>
        TheOnlyName(cells.Where(cell => IsCompanyLabel(cell.Label))
            .Select(cell => cell.Value.Trim()).Where(value => IsName(value) && ReadsAsName(value)));

    /// <summary>A label of either list ("Empresa", "Company name"), with or without its colon.</summary>
    public bool IsCompanyLabel(string label) => _companyLabels.Contains(label.Trim().TrimEnd(':', '：').Trim());

    // A name has a handful of words; more is a sentence.
    private const int MaxNameWords = 8;

    /// <summary>"Waterschap Drentse Delta" under a label reads as a name, "Family-run since 1990" does not: every word
    /// of four letters or more starts with a capital (a script without capitals has none to check).</summary>
    public static bool ReadsAsName(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length <= MaxNameWords && !line.TrimEnd().EndsWith('!') && !line.TrimEnd().EndsWith('?')
            && words.All(word => word.Count(char.IsLetter) < 4 || !char.IsLower(word.First(char.IsLetter)));
    }

    /// <summary>The employer a board links to its profile page ("Acme" to /companies/acme-123), when every such link
    /// names the same one: a list of other employers ("Similar companies") names several.</summary>
    public string ProfileLinkName(IEnumerable<PageAnchor> anchors) =>
        TheOnlyName(anchors.Where(anchor => LinksToProfileOf(anchor.Href, anchor.Text)).Select(anchor => anchor.Text));

    /// <summary>True when an address holds a profile folder or word ("/companies/", "empresa_"): a link that may name an
    /// employer by its profile.</summary>
    public bool MayLinkToProfile(string href) => href.AsSpan().IndexOfAny(_profileWords) >= 0;

    /// <summary>The employer the profile links among <paramref name="links"/> name, when they all name the same one.</summary>
    public string ProfileLinkName(IEnumerable<(string Href, string Text)> links) =>
        TheOnlyName(links.Where(link => LinksToProfileOf(link.Href, link.Text)).Select(link => link.Text));

    /// <summary>The employer a board names in a link after "Posted 2 December by", when every such link names the same
    /// one: the cards of similar jobs name their own. A blog's "Posted on … by" links to its author.</summary>
    public string PostedByLinkName(string text, IEnumerable<PageAnchor> anchors) =>
        TheOnlyName(anchors.Where(anchor => IsName(anchor.Text) && FollowsPostedBy(text, anchor.Start) && !PathSegments(anchor.Href).Any(_authorPaths.Contains))
            .Select(anchor => anchor.Text));

    /// <summary>The line under an "About the company" heading, when a link of the page names it and its address spells
    /// it (/grupo-ferretero-del-norte) or the text introduces it ("Lakeshore Credit Union is a member-owned…" under a link
    /// to /e/48211): such a heading is as often followed by a sentence or a "Visit website" link.</summary>
    public string NameUnderAboutHeading(string text, IReadOnlyList<PageAnchor> anchors) =>
        TheOnlyName(_nameUnderAboutHeading.Matches(text).Select(m => m.Groups["name"].Value.Trim())
            .Where(name => anchors.Where(a => a.Text.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
                .Any(a => PathSegments(a.Href).Any(segment => SegmentSpells(segment, name)) || (ReadsAsName(name) && SpellingInCue(text, name) is not null))));

    /// <summary>The employer a link names when its address spells it and the posting introduces it ("En Nubaria Sistemas
    /// buscamos" with a link to /nubaria-sistemas/ofertas-empresa), when every such link names the same one.</summary>
    public string IntroducedLinkName(string text, IEnumerable<PageAnchor> anchors) =>
        TheOnlyName(anchors.Select(anchor => (Name: anchor.Text.Trim(), anchor.Href))
            .Where(link => link.Name.Length > 1 && IsName(link.Name) && SpellingInCue(text, link.Name) is not null
                && PathSegments(link.Href).Any(segment => SegmentSpells(segment, link.Name)))
            .Select(link => link.Name));

    // A page links a few profiles by address alone; more are a list of employers.
    private const int MaxProfileSlugsSpelled = 8;

    /// <summary>The employer a board's link into its profile names by address alone ("Bekijk alle vacatures van dit
    /// bedrijf" to /bedrijf/koel-en-vrieshuis-brabant-bv-88412): the text's spelling of the profile's slug, without the
    /// profile's number and with the legal form the text writes, when the posting introduces it ("Over Koel- en
    /// Vrieshuis Brabant B.V.") and every such link names the same one.</summary>
    public string ProfileSlugName(string text, IEnumerable<PageAnchor> anchors) =>
        TheOnlyName(anchors.Where(anchor => !ReadsAsName(anchor.Text.Trim()) && anchor.Href.AsSpan().IndexOfAny(_profileWords) >= 0)
            .Select(anchor => ProfileSlug(anchor.Href)).Where(slug => slug.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxProfileSlugsSpelled)
            .Select(slug => SpellingOfSlug(text, slug)).OfType<string>()
            .Where(name => ReadsAsName(name) && SpellingInCue(text, name) is not null));

    /// <summary>The words of the slug after a profile folder ("koel en vrieshuis brabant" for
    /// "/bedrijf/koel-en-vrieshuis-brabant-bv-88412"); "" when the address has none.</summary>
    private string ProfileSlug(string href)
    {
        var path = PathSegments(href);
        var folder = Array.FindIndex(path, _profilePathSegments.Contains);
        if (folder < 0 || folder + 1 >= path.Length)
        {
            return "";
        }

        var words = Words(path[folder + 1]).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1].All(char.IsAsciiDigit))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && _legalForms.Any(form => Key(form) == words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private bool FollowsPostedBy(string text, int start)
    {
        if (start <= 0 || start > text.Length)
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', start - 1) + 1;
        return _postedByLine.IsMatch(text.AsSpan(lineStart, start - lineStart));
    }

    private static bool IsName(string text) => text.Length <= MaxNameLength && !text.Contains('\n');

    private static string TheOnlyName(IEnumerable<string> names)
    {
        var distinct = names.Select(n => n.Trim()).Where(n => n.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : "";
    }

    // A shorter name is found by chance inside a longer slug.
    private const int MinProfileNameKey = 4;

    /// <summary>"/fr/companies/maison-lumiere" and "/Overview/Working-at-Acme-EI_IE12.htm" are the profiles of "Maison
    /// Lumière" and "Acme": the segment after a profile folder spells the link's text, with or without its legal form
    /// ("kaffeeroesterei-hanse" for "Kaffeerösterei Hanse GmbH").</summary>
    private bool LinksToProfileOf(string href, string name)
    {
        // A page has hundreds of links and few lead to a profile folder: a search of the address comes first.
        // "Política de privacidad" under /empresa/ is a page of the board's, not a profile; so is "Post a job" under
        // /recruiters/, the board's pages for its advertisers, whose text is job words.
        if (!IsName(name) || !ReadsAsName(name) || href.AsSpan().IndexOfAny(_profileWords) < 0 || NamesJobSite(name))
        {
            return false;
        }

        var path = PathSegments(href);
        var folder = Array.FindIndex(path, _profilePathSegments.Contains);
        // The profile's own slug follows the folder; a job under it (/companies/acme/42-barista) is named by its title.
        return (folder >= 0 && folder + 1 < path.Length && SegmentSpells(path[folder + 1], name))
            || path.Any(segment => NamesProfileOf(segment, name));
    }

    /// <summary>"empresa_supermercados-el-trebol_13001234.html" is the profile of "Supermercados El Trébol": the segment
    /// holds a word for an employer and, besides it, spells the name.</summary>
    private bool NamesProfileOf(string segment, string name)
    {
        var words = WordParts.Of(segment).ToList();
        return words.Count > 1 && words.FindIndex(word => _profilePathSegments.Contains(word)) is var at and >= 0
            && SegmentSpells(string.Join('-', words.Where((_, i) => i != at)), name);
    }

    private static string[] PathSegments(string href)
    {
        var path = Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : href.Split('?', '#')[0];
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    private bool SegmentSpells(string segment, string name)
    {
        var spelled = Key(WithoutDiacritics(Uri.UnescapeDataString(segment)));
        return SlugKeys(name).Any(key => key.Length >= MinProfileNameKey && spelled.Contains(key, StringComparison.Ordinal));
    }

    private static string WithoutDiacritics(string text) =>
        new([.. text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);

    /// <summary>"Acme Careers" is the site of "Acme".</summary>
    public string WithoutSiteNameSuffix(string siteName)
    {
        foreach (var suffix in _siteNameSuffixes)
        {
            if (siteName.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
            {
                return siteName[..^(suffix.Length + 1)].Trim();
            }
        }

        return siteName;
    }

    /// <summary>The name a URL gives its site: the employer's slug on a tracking system's host
    /// (acme.wd1.myworkdayjobs.com, apply.workable.com/acme), otherwise the main label of the host (careers.acme.com).
    /// Words of a slug are spaced ("flow-traders" is "flow traders").</summary>
    public string SiteNameOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
        {
            return "";
        }

        if (TenantOf(uri) is { } tenant)
        {
            return tenant;
        }

        var host = uri.Host.ToLowerInvariant();
        var labels = host.Split('.');
        // "acme.co.uk", "jobbank.gc.ca": a short second-level label under a country is part of the suffix.
        var main = labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 ? labels[^3] : labels.Length >= 2 ? labels[^2] : "";
        return Words(main);
    }

    /// <summary>The employer's slug when the URL is a tracking system's tenant (acme.pinpointhq.com, apply.workable.com/acme),
    /// in words and without a suffix the system adds ("acme-career" is "acme"); "" on any other site.</summary>
    public string TenantNameOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.HostNameType == UriHostNameType.Dns ? TenantOf(uri) ?? "" : "";

    private string? TenantOf(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        foreach (var (tenantHost, place) in _tenantHosts)
        {
            if (host.EndsWith("." + tenantHost, StringComparison.Ordinal) || host == tenantHost)
            {
                var slug = place == "subdomain"
                    ? host.Length > tenantHost.Length ? host[..^(tenantHost.Length + 1)].Split('.')[0] : ""
                    : uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                return WithoutTenantSuffix(Words(slug));
            }
        }

        return null;
    }

    private string WithoutTenantSuffix(string slugWords)
    {
        foreach (var suffix in _tenantSlugSuffixes)
        {
            if (slugWords.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
            {
                return slugWords[..^(suffix.Length + 1)];
            }
        }

        return slugWords;
    }

    /// <summary>Letters and digits only, lower case: "Job Bank", "jobbank" and "JobBank.gc" compare alike.</summary>
    public static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static string Words(string slug) => Uri.UnescapeDataString(slug).Replace('-', ' ').Replace('_', ' ').Trim();

    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !IsWordCharacterBeside(text[start - 1], text[start]))
        && (end == text.Length || !IsWordCharacterBeside(text[end], text[end - 1]));

    // Scripts without spaces between words (Chinese, Japanese) have no word boundary to check.
    private static bool IsWordCharacterBeside(char neighbour, char edge) => char.IsAsciiLetterOrDigit(neighbour) && char.IsAsciiLetterOrDigit(edge);

    private static bool Surrounds(string text, int start, int end, (string Before, string After) cue)
    {
        var before = cue.Before;
        if (before.Length > 0)
        {
            var from = start - before.Length;
            // A cue written with a capital opens a sentence or heading ("En Acme, buscamos"); in lower case mid-sentence
            // it says something else ("en Monterrey, Nuevo León").
            if (from < 0 || string.Compare(text, from, before, 0, before.Length, StringComparison.OrdinalIgnoreCase) != 0
                || (char.IsUpper(before[0]) && !char.IsUpper(text[from]))
                || (from > 0 && char.IsLetter(text[from - 1]) && char.IsLetter(before[0])))
            {
                return false;
            }
        }

        return cue.After.Length == 0
            || (end + cue.After.Length <= text.Length
                && string.Compare(text, end, cue.After, 0, cue.After.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end + cue.After.Length == text.Length || !char.IsLetter(text[end + cue.After.Length]) || !char.IsLetter(cue.After[^1])));
    }

    private static string[] Strings(System.Text.Json.JsonElement data, string name) =>
        [.. data.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
