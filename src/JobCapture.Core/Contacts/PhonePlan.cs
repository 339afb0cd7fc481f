using System.Text.RegularExpressions;

namespace JobCapture.Core.Contacts;

/// <summary>One country's numbering plan, from Data/Phone/*.json: enough to tell a phone number from other digits
/// and to write it in E.164.</summary>
internal sealed record PhonePlan
{
    public required string Region { get; init; }
    public required string CountryCode { get; init; }
    public string TrunkPrefix { get; init; } = "";
    public required int[] NationalLengths { get; init; }
    public required string LeadingDigits { get; init; }
    public string[] CountryNames { get; init; } = [];
    public string[] WrittenFormats { get; init; } = [];

    /// <summary>National numbers dialled without the trunk prefix even at home (Australia's 1300/1800).</summary>
    public string? DomesticWithoutTrunk { get; init; }

    private Regex? _leading;
    private Regex[]? _formats;

    public bool IsValidNational(string national) =>
        NationalLengths.Contains(national.Length)
        && (_leading ??= new Regex(LeadingDigits, RegexOptions.CultureInvariant)).IsMatch(national);

    /// <summary>True when the number is written the way people in this country write one.</summary>
    public bool IsCommonlyWritten(string written) =>
        (_formats ??= WrittenFormats.Select(f => new Regex(f, RegexOptions.CultureInvariant)).ToArray()).Any(f => f.IsMatch(written));

    /// <summary>The national number of digits written without a country code, or null when they do not fit.</summary>
    public string? NationalFromDomestic(string digits)
    {
        if (TrunkPrefix.Length > 0 && digits.StartsWith(TrunkPrefix, StringComparison.Ordinal)
            && IsValidNational(digits[TrunkPrefix.Length..]))
        {
            return digits[TrunkPrefix.Length..];
        }

        if (DomesticWithoutTrunk is not null && Regex.IsMatch(digits, DomesticWithoutTrunk, RegexOptions.CultureInvariant))
        {
            return digits;
        }

        // Plans whose trunk prefix is "0" require it when dialled at home; NANP's "1" is optional.
        var trunkRequired = TrunkPrefix == "0";
        return !trunkRequired && IsValidNational(digits) ? digits : null;
    }
}

/// <summary>All known plans, by region and by country code.</summary>
internal static class PhonePlans
{
    public static IReadOnlyList<PhonePlan> All { get; } = CoreData.ReadAll<PhonePlan>("Phone").ToList();

    public static PhonePlan? ForRegion(string? region) =>
        region is null ? null
        : All.FirstOrDefault(p => string.Equals(p.Region, region, StringComparison.OrdinalIgnoreCase))
          ?? (string.Equals(region, "CA", StringComparison.OrdinalIgnoreCase) ? ForRegion("US") : null);

    /// <summary>The plan whose country code begins the international digits (longest code first).</summary>
    public static PhonePlan? ForInternational(string digits) =>
        All.Where(p => digits.StartsWith(p.CountryCode, StringComparison.Ordinal))
            .MaxBy(p => p.CountryCode.Length);

    /// <summary>The region a posting's location names, if any of its comma-separated parts is a known name.</summary>
    public static string? RegionOfLocation(string location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        foreach (var part in location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var plan = All.FirstOrDefault(p => p.CountryNames.Contains(part, StringComparer.OrdinalIgnoreCase));
            if (plan is not null)
            {
                return plan.Region;
            }
        }

        return null;
    }
}
