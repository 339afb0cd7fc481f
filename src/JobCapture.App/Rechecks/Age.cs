using System.Globalization;
using System.Text.RegularExpressions;

namespace JobCapture.App.Rechecks;

/// <summary>An age as the command line writes it: "7d", "12h", "30m", or "0".</summary>
public static partial class Age
{
    public static TimeSpan? TryParse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "d" => TimeSpan.FromDays(amount),
            "h" => TimeSpan.FromHours(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => amount == 0 ? TimeSpan.Zero : null,
        };
    }

    [GeneratedRegex(@"^(?<amount>\d{1,5})(?<unit>[dhm]?)$")]
    private static partial Regex Pattern();
}
