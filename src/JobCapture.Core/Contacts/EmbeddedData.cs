using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobCapture.Core.Contacts;

/// <summary>Reads Core's own JSON resources (Data/**/*.json); the only I/O Core does.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Every resource under the folder, e.g. "Data.Phone" for Data/Phone/*.json.</summary>
    public static IEnumerable<T> ReadAll<T>(string folder)
    {
        var prefix = $"{Assembly.GetName().Name}.{folder}.";
        foreach (var name in Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return Read<T>(name);
        }
    }

    public static T ReadOne<T>(string folder, string fileName) =>
        Read<T>($"{Assembly.GetName().Name}.{folder}.{fileName}");

    private static T Read<T>(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Empty embedded resource {resourceName}.");
    }
}
