using JobCapture.Core.Contacts;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>"kind:value" as written in the tables. Phones are compared on their national number (the measure
/// the product is held to), so a number read in a neighbouring plan with the same digits still matches.</summary>
internal static class ContactExpectation
{
    private static readonly string[] CountryCodes = ["1", "31", "33", "34", "44", "49", "61", "91"];

    public static string Key(Contact contact) => Key(contact.Kind.ToString().ToLowerInvariant(), contact.Value);

    public static string Key(string kind, string value) =>
        kind == "phone" ? $"phone:{NationalNumber(value)}" : $"{kind}:{value}";

    public static IReadOnlyList<string> Parse(string expected) =>
        expected.Trim() == "-"
            ? []
            : expected.Split(" ; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(item => item.Split(':', 2))
                .Select(parts => Key(parts[0], parts[1]))
                .ToList();

    public static string NationalNumber(string value)
    {
        if (!value.StartsWith('+'))
        {
            return value.TrimStart('0');
        }

        var digits = value[1..];
        var code = CountryCodes.Where(c => digits.StartsWith(c, StringComparison.Ordinal)).MaxBy(c => c.Length);
        return code is null ? digits : digits[code.Length..];
    }
}
