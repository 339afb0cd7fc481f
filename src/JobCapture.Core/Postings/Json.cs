using System.Text.Json;

namespace JobCapture.Core.Postings;

/// <summary>Forgiving reads of schema.org JSON, where any property may be a string, a number, an object with a
/// name, or an array of those.</summary>
internal static class Json
{
    public static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The property as one line of text ("" when absent); arrays are joined with ", ".</summary>
    public static string Text(JsonElement element, string name) => AsText(Property(element, name));

    public static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Reading.Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(value.GetString() ?? "")),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(AsText).Where(v => v.Length > 0).Distinct()),
        JsonValueKind.Object => Text(value, "name"),
        _ => "",
    };

    /// <summary>The property as a list: one item per array element, or one item.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element, string name)
    {
        var value = Property(element, name);
        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray(),
            JsonValueKind.Undefined or JsonValueKind.Null => [],
            _ => [value],
        };
    }
}
