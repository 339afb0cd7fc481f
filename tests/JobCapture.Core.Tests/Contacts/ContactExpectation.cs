using JobCapture.Core.Contacts;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>"kind:value" as written in the tables. Phones are compared as full E.164, country code included: a
/// number filed under the wrong country is a different number.</summary>
internal static class ContactExpectation
{
    public static string Key(Contact contact) => Key(contact.Kind.ToString().ToLowerInvariant(), contact.Value);

    public static string Key(string kind, string value) => $"{kind}:{value}";

    public static IReadOnlyList<string> Parse(string expected) =>
        expected.Trim() == "-"
            ? []
            : expected.Split(" ; ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(item => item.Split(':', 2))
                .Select(parts => Key(parts[0], parts[1]))
                .ToList();
}
