using System.Text;
using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>Turns a number as written into E.164 with the numbering plans, or into its digits when no plan fits
/// but the text clearly calls it a phone number.</summary>
internal static partial class PhoneNumbers
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
            ? International(clean.StartsWith('+') ? digits : digits[2..])
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

    private static string? International(string digits)
    {
        if (digits.Length is < 8 or > 15)
        {
            return null;
        }

        var plan = PhonePlans.ForInternational(digits);
        if (plan is null)
        {
            return "+" + digits;
        }

        var national = digits[plan.CountryCode.Length..];
        if (plan.TrunkPrefix == "0" && national.StartsWith('0'))
        {
            // "+49 0211 …": the trunk zero written after the country code by mistake.
            national = national[1..];
        }

        return plan.IsValidNational(national) ? "+" + plan.CountryCode + national : null;
    }

    private static string? Domestic(string clean, string digits, bool cued, IReadOnlyList<string> regions)
    {
        // Written the way a plan writes numbers beats merely fitting its lengths: "01 23 45 67 89" is French
        // even where British numbers are tried first.
        var value = InPlan(clean, digits, regions, requireWrittenFormat: true)
            ?? (cued ? InPlan(clean, digits, regions, requireWrittenFormat: false) : null);
        if (value is not null)
        {
            return value;
        }

        // A number from a country without a plan here: trust it only when the text says it is one and it is
        // grouped like one ("063-240-2422").
        return cued && digits.Length is >= 7 and <= 12 && GroupedDigits().IsMatch(clean) ? digits : null;
    }

    private static string? InPlan(string clean, string digits, IReadOnlyList<string> regions, bool requireWrittenFormat)
    {
        foreach (var region in regions)
        {
            if (PhonePlans.ForRegion(region) is { } plan
                && plan.NationalFromDomestic(digits) is { } national
                && (!requireWrittenFormat || plan.IsCommonlyWritten(clean)))
            {
                return "+" + plan.CountryCode + national;
            }
        }

        return null;
    }

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

    [GeneratedRegex(@"^\(?\d{2,5}\)?[ ./-]\d{2,5}(?:[ ./-]\d{2,5}){0,3}$")]
    private static partial Regex GroupedDigits();
}
