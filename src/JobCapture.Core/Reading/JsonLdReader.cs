using System.Text.Json;
using AngleSharp.Dom;
using JobCapture.Core.Postings;

namespace JobCapture.Core.Reading;

/// <summary>Reads schema.org JobPosting objects from the page's JSON-LD scripts.</summary>
internal static class JsonLdReader
{
    private static readonly string[] AddressParts = ["addressLocality", "addressRegion", "addressCountry"];

    public static PostingFields ReadFields(IDocument document)
    {
        var posting = FindJobPostings(document).FirstOrDefault();
        if (posting.ValueKind != JsonValueKind.Object)
        {
            return PostingFields.Empty;
        }

        return new PostingFields
        {
            Title = Text(posting, "title"),
            Company = Text(Property(posting, "hiringOrganization"), "name"),
            Location = Location(Property(posting, "jobLocation")),
            EmploymentType = Text(posting, "employmentType"),
            DatePosted = Text(posting, "datePosted"),
            ValidThrough = Text(posting, "validThrough"),
        };
    }

    public static IReadOnlyList<ContactHint> ReadContactHints(IDocument document) =>
        FindJobPostings(document)
            .Select(posting => Property(posting, "applicationContact"))
            .Where(contact => contact.ValueKind == JsonValueKind.Object)
            .Select(contact => new ContactHint(
                NullIfEmpty(Text(contact, "email")),
                NullIfEmpty(Text(contact, "telephone")),
                NullIfEmpty(Text(contact, "name")),
                NullIfEmpty(Text(contact, "url"))))
            .ToList();

    private static IEnumerable<JsonElement> FindJobPostings(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                root = parsed.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            foreach (var posting in Flatten(root).Where(IsJobPosting))
            {
                yield return posting;
            }
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Flatten))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var item in Flatten(graph))
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsJobPosting(JsonElement element) =>
        element.TryGetProperty("@type", out var type)
        && (type.ValueKind == JsonValueKind.String
            ? type.GetString() == "JobPosting"
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "JobPosting"));

    private static string Location(JsonElement jobLocation)
    {
        var first = jobLocation.ValueKind == JsonValueKind.Array ? jobLocation.EnumerateArray().FirstOrDefault() : jobLocation;
        var address = Property(first, "address");
        if (address.ValueKind == JsonValueKind.String)
        {
            return address.GetString() ?? "";
        }

        var parts = AddressParts
            .Select(name => Text(address, name))
            .Where(part => part.Length > 0);
        return string.Join(", ", parts);
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string Text(JsonElement element, string name)
    {
        var value = Property(element, name);
        return value.ValueKind switch
        {
            JsonValueKind.String => System.Net.WebUtility.HtmlDecode(value.GetString()?.Trim() ?? ""),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
            JsonValueKind.Object => Text(value, "name"),
            _ => "",
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
