using System.Text.RegularExpressions;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>The words of Data/Postings/field-words.json: how work places and employment types are written.</summary>
internal sealed class FieldWords
{
    private readonly Regex _remote;
    private readonly Regex _hybrid;
    private readonly Dictionary<string, string> _employmentTypes;
    private readonly Regex _listPageTitle;
    private readonly Regex _contract;
    private readonly Regex _hiringPrefix;
    private readonly string _hiringPrefixes;
    private readonly HashSet<string> _hiringPhrases;

    private FieldWords()
    {
        var data = CoreData.ReadJson("Postings", "field-words.json");
        _remote = WholeWords(data.GetProperty("remote").EnumerateArray().Select(e => e.GetString()!));
        _hybrid = WholeWords(data.GetProperty("hybrid").EnumerateArray().Select(e => e.GetString()!));
        _employmentTypes = data.GetProperty("employmentTypes").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        _contract = WholeWords(data.GetProperty("contractWords").EnumerateArray().Select(e => e.GetString()!));
        _listPageTitle = WholeWords(data.GetProperty("listPageTitleWords").EnumerateArray().Select(e => e.GetString()!));
        _hiringPrefixes = string.Join('|', data.GetProperty("hiringPrefixes").EnumerateArray().Select(e => Regex.Escape(e.GetString()!)));
        _hiringPhrases = data.GetProperty("hiringPrefixes").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _hiringPrefix = new($@"^\s*(?:{_hiringPrefixes})\s*[:：]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static FieldWords Default { get; } = new();

    /// <summary>"Hybrid", "Remote" or "" for a short line such as a title or a location.</summary>
    public string WorkPlaceIn(string line) =>
        _hybrid.IsMatch(line) ? "Hybrid" : _remote.IsMatch(line) ? "Remote" : "";

    /// <summary>True for a line that states the contract, hours or work place ("Vollzeit", "CDI", "Hybrid"): a fact about
    /// the job, not a name.</summary>
    public bool StatesContractOrWorkPlace(string line) => _contract.IsMatch(line) || WorkPlaceIn(line).Length > 0;

    /// <summary>True for a title such as "119 Platform Architect Jobs in Remote": a results page, not a posting.</summary>
    public bool LooksLikeListPageTitle(string title) => _listPageTitle.IsMatch(title);

    /// <summary>"Nurse" for "Now hiring: Nurse": what a career page says before the job's title is no part of it.</summary>
    public string WithoutHiringPrefix(string title) => _hiringPrefix.Replace(title, "", 1);

    /// <summary>True for a heading that only says the page hires ("Nous recrutons !", "We're hiring!"): the job is named
    /// in the heading under it, as after "Now hiring:" in one heading.</summary>
    public bool IsHiringPhrase(string heading) => _hiringPhrases.Contains(heading.Trim().TrimEnd('!', '.', ':', '…', ' ', '\u00a0'));

    // A title's first word shorter than this ("IT", "Dr") is found after a hiring phrase by chance.
    private const int MinHiredWordLetters = 4;

    /// <summary>True when the text hires for the title's first word: "Buscamos camarero/a" for "Camarero/a de sala",
    /// "Wij zoeken een verkoopmedewerker" for "Verkoopmedewerker zaterdag".</summary>
    public bool HiresFor(string text, string title)
    {
        var first = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first.Count(char.IsLetter) >= MinHiredWordLetters
            && Regex.IsMatch(text, $@"(?<!\w)(?:{_hiringPrefixes})\s+(?:\w{{1,5}}\s+)?{Regex.Escape(first)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>"FULL_TIME, PART_TIME" becomes "Full-time, Part-time"; unknown values are kept as written.</summary>
    public string EmploymentType(string values) =>
        string.Join(", ", values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(value => _employmentTypes.TryGetValue(value.Replace('-', '_').Replace(' ', '_'), out var known) ? known : value)
            .Distinct());

    private static Regex WholeWords(IEnumerable<string> words) =>
        new($@"(?<!\w)({string.Join('|', words.Select(Regex.Escape))})(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
