using System.Text.Json;

namespace JobCapture.Core.Reading;

/// <summary>Reads the reader's own data files (Data/**/*.json), embedded in the assembly.</summary>
internal static class ReaderData
{
    /// <summary>Reads <c>Data/&lt;relativeName&gt;</c>, e.g. <c>Reading.page-markup.json</c>.</summary>
    public static JsonElement ReadJson(string relativeName)
    {
        var assembly = typeof(ReaderData).Assembly;
        var resourceName = $"{assembly.GetName().Name}.Data.{relativeName}";
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }
}
