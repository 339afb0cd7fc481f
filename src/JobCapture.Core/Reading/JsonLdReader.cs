using System.Text;
using System.Text.Json;

namespace JobCapture.Core.Reading;

/// <summary>Finds the schema.org JobPosting objects in a page's JSON-LD scripts: single objects, arrays,
/// <c>@graph</c>, postings nested as <c>mainEntity</c> or <c>itemListElement</c>, several values in one script.</summary>
internal static class JsonLdReader
{
    private const int MaxNesting = 8;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowMultipleValues = true,
        MaxDepth = 256,
    };

    public static IReadOnlyList<JsonElement> FindJobPostings(IEnumerable<string> scripts)
    {
        var postings = new List<JsonElement>();
        foreach (var script in scripts)
        {
            foreach (var root in Parse(script))
            {
                CollectPostings(root, postings, 0);
            }
        }

        return postings;
    }

    /// <summary>Parses every value in the script; if the JSON is broken, mends it once and tries again.</summary>
    internal static IReadOnlyList<JsonElement> Parse(string script)
    {
        var json = JsonLdRepair.Unwrap(script);
        return TryParseAll(json) ?? TryParseAll(JsonLdRepair.EscapeInsideStrings(json)) ?? [];
    }

    private static List<JsonElement>? TryParseAll(string json)
    {
        var values = new List<JsonElement>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), ReaderOptions);
        try
        {
            while (reader.Read())
            {
                using var document = JsonDocument.ParseValue(ref reader);
                values.Add(document.RootElement.Clone());
            }
        }
        catch (JsonException)
        {
            return values.Count > 0 ? values : null;
        }

        return values;
    }

    private static void CollectPostings(JsonElement element, List<JsonElement> postings, int depth)
    {
        if (depth > MaxNesting)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectPostings(item, postings, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (IsJobPosting(element))
        {
            postings.Add(element);
            return;
        }

        foreach (var container in (string[])["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"])
        {
            if (element.TryGetProperty(container, out var inner))
            {
                CollectPostings(inner, postings, depth + 1);
            }
        }
    }

    private static bool IsJobPosting(JsonElement element) =>
        element.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.String
            ? IsJobPostingType(type.GetString())
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsJobPostingType(t.GetString())));

    private static bool IsJobPostingType(string? type) =>
        type is not null && (type == "JobPosting" || type.EndsWith("/JobPosting", StringComparison.Ordinal) || type.EndsWith(":JobPosting", StringComparison.Ordinal));
}
