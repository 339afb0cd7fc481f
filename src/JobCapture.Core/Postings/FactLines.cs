using System.Buffers;
using System.Globalization;
using System.Text;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>
/// The line of facts under a posting's title on a board that marks none of them with a class (CareerBuilder's,
/// Jobijoba's, Keljob's kind): the employer, the place, the contract, the date, each a short line of its own, or the
/// employer and the place on one line ("Maison Lebreton - Caen (14)", "Van Dijk Logistiek · Tilburg"). Only position
/// tells the employer from the place, so the place must be known first: the line the title tags or description state
/// after a place preposition ("… in Kiel", "… à Nantes (44)"), the location field, or, when none of these names a line,
/// the line the page's address spells ("/nantes-44-45882417"). The employer is the name on the line just before the
/// place, or before it on the place's own line; a contract, hours or a date there is no name.
/// </summary>
internal static class FactLines
{
    // A board shows a handful of facts under the title; past them come buttons and the description.
    private const int MaxFactLines = 6;
    // A fact is a short line; a longer one is the description.
    private const int MaxFactLength = 80;
    // A place stated after a preposition is a few words ("Saint-Herblain", "Villeneuve-d'Ascq (59)").
    private const int MaxPlaceLength = 40;

    private static readonly char[] NameAndPlaceSeparators = ['·', '•', '-', '–', '|', ',', ' '];
    private static readonly SearchValues<char> PlaceEnds = SearchValues.Create("(,.;!|·•–\n");

    private static EmployerWords Words => EmployerWords.Default;

    /// <summary>The employer the line of facts under <paramref name="heading"/> names before the posting's place; "" when
    /// no line there is the place or no name stands before it.</summary>
    public static string EmployerBeforePlace(string text, string heading, string title, PostingPlace place)
    {
        var lines = LinesUnder(text, heading);
        var at = lines.FindIndex(line => place.IsStatedBy(line) || NameBeforePlace(line, place).Length > 0);
        if (at < 0)
        {
            at = lines.FindIndex(place.IsSpelledByAddress);
        }

        if (at < 0)
        {
            return "";
        }

        var onItsLine = NameBeforePlace(lines[at], place);
        var name = onItsLine.Length > 0 ? onItsLine : at > 0 ? lines[at - 1] : "";
        return IsEmployerName(name, title) ? name : "";
    }

    /// <summary>"Van Dijk Logistiek" for a block or line "Van Dijk Logistiek · Tilburg" that goes on with the posting's
    /// place, after a separator or as the next inline fact ("Laiterie du Couesnon Rennes (35) CDI", spans on one line);
    /// "" when it holds no place after a name.</summary>
    public static string NameBeforePlace(string line, PostingPlace place)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var at = words.Length - 1; at > 0; at--)
        {
            if (char.IsUpper(words[at][0]) && place.OpensWith(string.Join(' ', words[at..]))
                && string.Join(' ', words[..at]).TrimEnd(NameAndPlaceSeparators) is { Length: > 1 } name && EmployerWords.ReadsAsName(name))
            {
                return name;
            }
        }

        return "";
    }

    /// <summary>A line that may name the employer: a name of two words or more, or one with its legal form, with no digit
    /// (a date, a salary), neither the title nor a contract, a work place, a generic word or a job site's name.</summary>
    private static bool IsEmployerName(string name, string title) =>
        name.Length > 1 && EmployerWords.ReadsAsName(name) && !name.Any(char.IsDigit)
        && (name.Trim().Contains(' ') || Words.EndsInLegalForm(name))
        && !name.Equals(title, StringComparison.OrdinalIgnoreCase)
        && !FieldWords.Default.StatesContractOrWorkPlace(name)
        && !Words.IsNotEmployer(name) && !Words.NamesJobSite(name) && !Words.IsUndisclosed(name);

    /// <summary>The short lines right under the heading's line in the text, up to the first long one.</summary>
    private static List<string> LinesUnder(string text, string heading)
    {
        var lines = new List<string>(MaxFactLines);
        var at = LineStartOf(text, heading);
        if (at < 0)
        {
            return lines;
        }

        for (var start = text.IndexOf('\n', at) + 1; start > 0 && lines.Count < MaxFactLines;)
        {
            var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            var line = text[start..end].Trim();
            if (line.Length > MaxFactLength)
            {
                break;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            start = end < text.Length ? end + 1 : 0;
        }

        return lines;
    }

    /// <summary>Where the heading stands as a line of its own in the text; -1 when it does not.</summary>
    private static int LineStartOf(string text, string heading)
    {
        for (var at = text.IndexOf(heading, StringComparison.Ordinal); at >= 0; at = text.IndexOf(heading, at + 1, StringComparison.Ordinal))
        {
            var end = at + heading.Length;
            if ((at == 0 || text[at - 1] == '\n') && (end == text.Length || text[end] == '\n'))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The posting's place as the page states it: the places its title tags and description write after a place
    /// preposition, its location field, and its address.</summary>
    public sealed class PostingPlace
    {
        private readonly HashSet<string> _stated;
        private readonly string _address;

        public PostingPlace(IEnumerable<string> statements, string location, IEnumerable<string> urls)
        {
            _stated = [.. statements.SelectMany(PlacesAfterPrepositions).Append(location).Select(FirstPart).Where(slug => slug.Length > 1)];
            _address = "/" + string.Join("/", urls.Where(url => url.Length > 0).Select(PathOf).Select(Slug)) + "/";
        }

        /// <summary>True when the line's place ("Nantes - 44", "Kiel") is one the title tags, description or location
        /// field state.</summary>
        public bool IsStatedBy(string line) => _stated.Count > 0 && _stated.Contains(FirstPart(line));

        /// <summary>True when the line starts with a place the title tags, description or location field state ("Rennes
        /// (35) CDI" with "à Rennes (35)"), as a whole word.</summary>
        public bool OpensWith(string line)
        {
            var slug = Slug(line);
            return _stated.Any(place => slug.StartsWith(place, StringComparison.Ordinal) && (slug.Length == place.Length || slug[place.Length] == '-'));
        }

        /// <summary>True when the page's address spells the line as words of its own ("nantes-44" in
        /// "/assistant-comptable-h-f-nantes-44-45882417").</summary>
        public bool IsSpelledByAddress(string line)
        {
            var slug = Slug(line);
            if (slug.Length < 2)
            {
                return false;
            }

            for (var at = _address.IndexOf(slug, StringComparison.Ordinal); at >= 0; at = _address.IndexOf(slug, at + 1, StringComparison.Ordinal))
            {
                var end = at + slug.Length;
                if (!char.IsLetterOrDigit(_address[at - 1]) && (end == _address.Length || !char.IsLetterOrDigit(_address[end])))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Kiel" in "Trainee Vertrieb (m/w/d) in Kiel | Board", "Nantes" in "… CDI à Nantes (44)": the words
        /// after a place preposition that start with a capital, up to the next separator or bracket.</summary>
        private static IEnumerable<string> PlacesAfterPrepositions(string statement)
        {
            foreach (var preposition in Words.PlacePrepositions)
            {
                var joint = $" {preposition} ";
                for (var at = statement.IndexOf(joint, StringComparison.Ordinal); at >= 0; at = statement.IndexOf(joint, at + 1, StringComparison.Ordinal))
                {
                    var start = at + joint.Length;
                    if (start < statement.Length && char.IsUpper(statement[start]))
                    {
                        var end = statement.AsSpan(start).IndexOfAny(PlaceEnds) is var stop and >= 0 ? start + stop : statement.Length;
                        var dash = statement.IndexOf(" - ", start, StringComparison.Ordinal);
                        end = dash >= 0 && dash < end ? dash : end;
                        if (end - start <= MaxPlaceLength)
                        {
                            yield return statement[start..end];
                        }
                    }
                }
            }
        }

        private static string PathOf(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
    }

    /// <summary>The slug of a place's first part: "nantes" for "Nantes - 44" and "Nantes (44)".</summary>
    private static string FirstPart(string place)
    {
        var end = place.AsSpan().IndexOfAny(PlaceEnds) is var stop and >= 0 ? stop : place.Length;
        var dash = place.IndexOf(" - ", StringComparison.Ordinal);
        return Slug(place[..(dash >= 0 && dash < end ? dash : end)]);
    }

    /// <summary>"saint-herblain-44" for "Saint-Herblain - 44": lower case, without accents, words joined by hyphens.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
