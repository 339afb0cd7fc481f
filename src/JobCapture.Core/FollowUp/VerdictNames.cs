using System.Text.Json;

namespace JobCapture.Core.FollowUp;

/// <summary>The one mapping between a verdict and its name ("forbidden") wherever a machine reads it: the analysis
/// JSON, the API, the stored posting, CSV and the dashboard's CSS classes.</summary>
public static class VerdictNames
{
    private static readonly Dictionary<string, Verdict> ByName =
        Enum.GetValues<Verdict>().ToDictionary(Name, verdict => verdict, StringComparer.Ordinal);

    /// <summary>Every name, from most to least restrictive.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ByName.Keys];

    public static string Name(Verdict verdict) => JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString());

    public static Verdict? Parse(string? name) => name is not null && ByName.TryGetValue(name, out var verdict) ? verdict : null;
}
