using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobCapture.Core;

/// <summary>The JSON form of an <see cref="Analysis"/>, as the "analyze" contract writes it: camelCase names and
/// enum values (<c>noCalls</c>, <c>forbidden</c>).</summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static string Serialize(Analysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(analysis, indented ? Indented : Options);

    public static Analysis? Deserialize(string json) => JsonSerializer.Deserialize<Analysis>(json, Options);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Postings are full of quotes and non-ASCII; escaping them all makes the output unreadable. The JSON is
            // never embedded in HTML unencoded.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
