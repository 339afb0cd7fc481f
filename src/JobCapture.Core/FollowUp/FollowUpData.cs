using System.Reflection;
using System.Text.Json;

namespace JobCapture.Core.FollowUp;

/// <summary>Reads the follow-up phrase lists embedded from Data/FollowUp/*.json.</summary>
internal static class FollowUpData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string fileName)
    {
        var assembly = typeof(FollowUpData).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(name => name.EndsWith(".FollowUp." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{fileName} is empty.");
    }
}
