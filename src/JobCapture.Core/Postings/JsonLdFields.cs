using System.Text.Json;
using JobCapture.Core.Reading;

namespace JobCapture.Core.Postings;

/// <summary>The fields of one schema.org JobPosting object (the most trusted source a page has).</summary>
internal static class JsonLdFields
{
    private static readonly string[] AddressParts = ["addressLocality", "addressRegion", "addressCountry"];

    public static PostingFields From(JsonElement posting)
    {
        var locations = Json.Items(posting, "jobLocation").Select(LocationOf).Where(l => l.Length > 0).Distinct().ToList();
        return new PostingFields
        {
            Title = Json.Text(posting, "title") is { Length: > 0 } title ? title : Json.Text(posting, "name"),
            Company = Json.Text(posting, "hiringOrganization"),
            Locations = locations,
            Location = string.Join("; ", locations),
            EmploymentType = FieldWords.Default.EmploymentType(Json.Text(posting, "employmentType")),
            DatePosted = Json.Text(posting, "datePosted"),
            ValidThrough = Json.Text(posting, "validThrough"),
            Salary = SalaryText.From(Json.Property(posting, "baseSalary")),
            Remote = Json.Text(posting, "jobLocationType").Contains("TELECOMMUTE", StringComparison.OrdinalIgnoreCase) ? "Remote" : "",
            JobId = Identifier(Json.Property(posting, "identifier")),
            CanonicalUrl = Json.Property(posting, "url") is { ValueKind: JsonValueKind.String } url ? url.GetString()!.Trim() : "",
        };
    }

    /// <summary>The description as HTML. Sites escape it once more than JSON requires ("&amp;lt;p&amp;gt;"); that
    /// layer is removed so the markup can be read as markup.</summary>
    public static string DescriptionHtml(JsonElement posting)
    {
        var description = Json.Property(posting, "description");
        if (description.ValueKind != JsonValueKind.String)
        {
            return "";
        }

        var html = description.GetString() ?? "";
        return html.Contains("&lt;", StringComparison.Ordinal) && !html.Contains('<', StringComparison.Ordinal)
            ? System.Net.WebUtility.HtmlDecode(html)
            : html;
    }

    public static IEnumerable<ContactHint> ContactHints(JsonElement posting) =>
        Json.Items(posting, "applicationContact")
            .Where(contact => contact.ValueKind == JsonValueKind.Object)
            .Select(contact => new ContactHint(
                NullIfEmpty(Json.Text(contact, "email")),
                NullIfEmpty(Json.Text(contact, "telephone")),
                NullIfEmpty(Json.Text(contact, "name")),
                NullIfEmpty(Json.Text(contact, "url"))))
            .Where(hint => hint.Email is not null || hint.Telephone is not null || hint.Url is not null);

    private static string LocationOf(JsonElement place)
    {
        if (place.ValueKind == JsonValueKind.String)
        {
            return Json.AsText(place);
        }

        var address = Json.Property(place, "address");
        if (address.ValueKind == JsonValueKind.String)
        {
            return Json.AsText(address);
        }

        var parts = AddressParts.Select(name => Json.Text(address, name)).Where(part => part.Length > 0).Distinct().ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : Json.Text(place, "name");
    }

    private static string Identifier(JsonElement identifier) => identifier.ValueKind switch
    {
        JsonValueKind.String or JsonValueKind.Number => Json.AsText(identifier),
        JsonValueKind.Object => Json.Text(identifier, "value"),
        JsonValueKind.Array => identifier.EnumerateArray().Select(Identifier).FirstOrDefault(id => id.Length > 0) ?? "",
        _ => "",
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
