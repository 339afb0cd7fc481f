using System.Globalization;
using System.Text.Json;

namespace JobCapture.Core.Postings;

/// <summary>Writes schema.org <c>baseSalary</c> (a MonetaryAmount with a QuantitativeValue, or a bare number) the
/// way a person reads it: "USD 50,000–60,000 per year".</summary>
internal static class SalaryText
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HOUR"] = "per hour", ["DAY"] = "per day", ["WEEK"] = "per week", ["MONTH"] = "per month", ["YEAR"] = "per year",
        ["ANNUAL"] = "per year", ["YEARLY"] = "per year", ["MONTHLY"] = "per month", ["HOURLY"] = "per hour",
    };

    public static string From(JsonElement baseSalary)
    {
        if (baseSalary.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            return Amount(baseSalary);
        }

        if (baseSalary.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var currency = Json.Text(baseSalary, "currency");
        var value = Json.Property(baseSalary, "value");
        var unit = Json.Text(value, "unitText") is { Length: > 0 } inner ? inner : Json.Text(baseSalary, "unitText");
        var range = value.ValueKind == JsonValueKind.Object ? Range(value) : Amount(value);
        if (range.Length == 0)
        {
            return "";
        }

        var unitText = Units.TryGetValue(unit, out var known) ? known : unit.ToLowerInvariant();
        return string.Join(' ', new[] { currency, range, unitText }.Where(part => part.Length > 0));
    }

    private static string Range(JsonElement quantitative)
    {
        var min = Amount(Json.Property(quantitative, "minValue"));
        var max = Amount(Json.Property(quantitative, "maxValue"));
        var single = Amount(Json.Property(quantitative, "value"));
        return (min, max) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) when min == max => min,
            ({ Length: > 0 }, { Length: > 0 }) => $"{min}–{max}",
            ({ Length: > 0 }, _) => min,
            (_, { Length: > 0 }) => max,
            _ => single,
        };
    }

    private static string Amount(JsonElement value)
    {
        var raw = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString()?.Trim() ?? "",
            _ => "",
        };
        return decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number.ToString(number == decimal.Truncate(number) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture)
            : raw == "0" ? "" : raw;
    }
}
