using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace JobCapture.Core.Contacts;

/// <summary>Turns a number as written into E.164 with libphonenumber's plans for every country, or into its digits
/// when no plan fits but the text clearly calls it a phone number.</summary>
internal static partial class PhoneNormalizer
{
    /// <summary>The normalized value, or null when the digits are not a phone number.</summary>
    /// <param name="written">The number as written, e.g. "+44 (0)20 7946 0018" or "(555) 010-2234".</param>
    /// <param name="cued">The text calls it a number ("Tel", "call", a tel: link).</param>
    /// <param name="regions">Regions to read a national number in, most likely first.</param>
    public static string? Normalize(string written, bool cued, IReadOnlyList<string> regions)
    {
        var clean = Clean(written);
        if (clean.StartsWith("(+", StringComparison.Ordinal))
        {
            // "(+34) 912 345 678": the country code in brackets.
            clean = clean[1..].Replace(")", "", StringComparison.Ordinal);
        }

        if (LooksLikeSomethingElse(clean))
        {
            return null;
        }

        var isInternational = clean.StartsWith('+') || (clean.StartsWith("00", StringComparison.Ordinal) && !clean.StartsWith("000", StringComparison.Ordinal));
        var digits = Digits(clean.Replace("(0)", "", StringComparison.Ordinal));
        if (digits.EndsWith("00000", StringComparison.Ordinal))
        {
            // "700 000 000 transactions": a round count, never a number anyone answers.
            return null;
        }

        return isInternational
            ? International(clean.StartsWith('+') ? digits : digits[2..], cued)
            : Domestic(clean, digits, cued, regions);
    }

    /// <summary>Spaces and dashes of every kind become one ASCII space or hyphen.</summary>
    public static string Clean(string written)
    {
        var builder = new StringBuilder(written.Length);
        foreach (var c in written.Trim())
        {
            var mapped = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => c,
            };
            if (mapped != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    public static string Digits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    private static string? International(string digits, bool cued)
    {
        if (digits.Length is < 8 or > 15 || Parse("+" + digits, "ZZ") is not { } number)
        {
            return null;
        }

        // A number the plan does not hold yet (reserved or newly opened ranges) is kept when its length fits
        // and the text calls it a number.
        return Library.IsValidNumber(number) || (cued && Library.IsPossibleNumber(number)) ? E164(number) : null;
    }

    private static string? Domestic(string clean, string digits, bool cued, IReadOnlyList<string> regions)
    {
        if (digits.Length > MaxDomesticDigits)
        {
            return null;
        }

        // Grouped the way a country groups its numbers beats merely fitting its plan: "01 23 45 67 89" is French
        // even where British numbers are tried first. Without such grouping only a number the text calls one counts.
        // Grouped exactly as a country formats it beats grouped in one of the ways its plan allows: "030 1234567" is
        // Berlin's format, and one Dutch numbers may be written in.
        var readings = new List<Reading>();
        Reading? allowedGrouping = null;
        foreach (var region in regions)
        {
            if (Reading.Of(clean, digits, region) is { } reading)
            {
                // A number the text calls one, valid and written in groups in the page's own country, needs no more.
                var groups = DigitGroups().Count(clean);
                var isPagesOwn = cued && region == regions[0] && reading.IsValid && groups > 1;
                if (isPagesOwn || (IsPlausible(reading, cued, groups, digits) && reading.IsFormattedAsWritten(clean)))
                {
                    return E164(reading.Number);
                }

                if (allowedGrouping is null && IsPlausible(reading, cued, groups, digits) && reading.IsGroupedAsWritten(clean))
                {
                    allowedGrouping = reading;
                }

                readings.Add(reading);
            }
        }

        if (allowedGrouping is { } allowed)
        {
            return E164(allowed.Number);
        }

        if (!cued)
        {
            return null;
        }

        if (readings.Count > 0)
        {
            return E164(readings.FirstOrDefault(r => r.IsValid, readings[0]).Number);
        }

        // A number of a page in another script: trust it only when the text says it is one and it is grouped like
        // one ("063-240-2422"); it stays as written.
        return digits.Length is >= 7 and <= 12 && GroupedDigits().IsMatch(clean) ? digits : null;
    }

    /// <summary>A number in a range the plan does not use yet (fictional "555" numbers) counts only when the text
    /// calls it a number or it is written in full, in three or more groups; "1920 1080" is a resolution.</summary>
    private static bool IsPlausible(Reading reading, bool cued, int groups, string digits) =>
        reading.IsValid || cued || (groups >= 3 && digits.Length >= 10);

    /// <summary>A national number as libphonenumber's matcher reads it in one region: only when the matcher takes
    /// the whole text as one possible number of that region, dialled as people there dial at home.</summary>
    private readonly record struct Reading(PhoneNumber Number, bool IsValid, string Region)
    {
        public static Reading? Of(string written, string digits, string region)
        {
            return WholeMatch(written, region, PhoneNumberUtil.Leniency.POSSIBLE) is { } number
                && Library.GetCountryCodeForRegion(region) == number.CountryCode && IsDialledAsAtHome(number, digits, region)
                ? new Reading(number, Library.IsValidNumber(number), region)
                : null;
        }

        /// <summary>The digits as written are the ones the country dials at home: with the trunk prefix where it is
        /// dialled ("020 …" in London, not "20 …"), without it where it is not ("(11) 3123-4567" in São Paulo).</summary>
        private static bool IsDialledAsAtHome(PhoneNumber number, string digits, string region)
        {
            var national = Digits(Library.Format(number, PhoneNumberFormat.NATIONAL));
            return digits == national || (digits == "1" + national && Library.GetNddPrefixForRegion(region, stripNonDigits: true) == "1");
        }

        /// <summary>Written in groups, and in the groups the region's own format puts the number in, or in another
        /// grouping its plan allows.</summary>
        public bool IsGroupedAsWritten(string written) =>
            IsFormattedAsWritten(written) || (DigitGroups().Count(written) > 1 && IsValid && IsStrictlyGrouped(written));

        /// <summary>Written in exactly the groups the region's own format puts the number in.</summary>
        public bool IsFormattedAsWritten(string written)
        {
            var groups = DigitGroups().Matches(written).Select(m => m.Value).ToList();
            var formatted = DigitGroups().Matches(Library.Format(Number, PhoneNumberFormat.NATIONAL)).Select(m => m.Value).ToList();
            if (groups.Count > formatted.Count && groups[0] == Library.GetNddPrefixForRegion(Region, stripNonDigits: true))
            {
                groups.RemoveAt(0); // "1-555-123-4567": NANP's optional trunk prefix.
            }

            return groups.Count > 1 ? groups.SequenceEqual(formatted) : IsValid && formatted.Count == 1;
        }

        /// <summary>libphonenumber's own grouping check, which knows each country's alternate ways of writing a
        /// valid number ("912 345 678" and "91 123 45 67" in Spain).</summary>
        private bool IsStrictlyGrouped(string written) => WholeMatch(written, Region, PhoneNumberUtil.Leniency.STRICT_GROUPING) is not null;
    }

    /// <summary>The number libphonenumber's matcher finds in <paramref name="written"/> when it takes all of it
    /// (an opening or closing bracket aside).</summary>
    private static PhoneNumber? WholeMatch(string written, string region, PhoneNumberUtil.Leniency leniency)
    {
        foreach (var match in Library.FindNumbers(written, region, leniency, MaxTries))
        {
            return match.Start <= 1 && written.Length - (match.Start + match.Length) <= 1 ? match.Number : null;
        }

        return null;
    }

    private static PhoneNumber? Parse(string text, string region)
    {
        try
        {
            return Library.Parse(text, region);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string E164(PhoneNumber number) => Library.Format(number, PhoneNumberFormat.E164);

    /// <summary>A written number is short: the matcher needs one try.</summary>
    private const long MaxTries = 1;

    /// <summary>The longest national number with its trunk prefix; longer runs are lists of numbers.</summary>
    private const int MaxDomesticDigits = 15;

    private static bool LooksLikeSomethingElse(string clean) =>
        DateLike().IsMatch(clean) || YearRange().IsMatch(clean) || GroupedThousands().IsMatch(clean)
        || DottedQuad().IsMatch(clean) || Isbn().IsMatch(clean);

    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-](?:(?:19|20)\d{2}|\d{2})$|^(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}$|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^\(?(?:19|20)\d{2}\s?[-/]\s?(?:(?:19|20)\d{2}|\d{2})\)?$")]
    private static partial Regex YearRange();

    /// <summary>"50,000", "1.200.000": thousands separators, so an amount or a count.</summary>
    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+(?:$|[ -])")]
    private static partial Regex GroupedThousands();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3}){3}$")]
    private static partial Regex DottedQuad();

    [GeneratedRegex(@"^97[89](?:-\d+){3}-\d$|^97[89]\d{10}$")]
    private static partial Regex Isbn();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"^\(?\d{2,5}\)?[ ./-]\d{2,5}(?:[ ./-]\d{2,5}){0,3}$")]
    private static partial Regex GroupedDigits();
}
