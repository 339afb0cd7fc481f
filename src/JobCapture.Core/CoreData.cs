using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobCapture.Core;

/// <summary>
/// Reads Core's own data files (Data/**/*.json, embedded in the assembly): phrase lists, country names, markup rules.
/// The only I/O Core does. Folders are named as resources are, e.g. "Phone" for Data/Phone/*.json.
/// </summary>
internal static class CoreData
{
    private static readonly Assembly Assembly = typeof(CoreData).Assembly;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Every file of the folder, in file-name order.</summary>
    public static IEnumerable<T> ReadAll<T>(string folder)
    {
        var prefix = ResourceName(folder, "");
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return Deserialize<T>(name);
        }
    }

    public static T Read<T>(string folder, string fileName) => Deserialize<T>(ResourceName(folder, fileName));

    /// <summary>A file as a JSON tree, for data read by hand rather than into records.</summary>
    public static JsonElement ReadJson(string folder, string fileName)
    {
        using var stream = Open(ResourceName(folder, fileName));
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.Clone();
    }

    private static string ResourceName(string folder, string fileName) => $"{Assembly.GetName().Name}.Data.{folder}.{fileName}";

    private static T Deserialize<T>(string resourceName)
    {
        using var stream = Open(resourceName);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Empty embedded resource {resourceName}.");
    }

    private static Stream Open(string resourceName) =>
        Assembly.GetManifestResourceStream(resourceName) ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
}
