namespace JobCapture.Core.Identity;

/// <summary>Data/Identity/posting-identity.json as written.</summary>
internal sealed record IdentityData(string[] TrackingParameters, string[] TrackingPrefixes, BoardPattern[] Boards)
{
    public static IdentityData Default { get; } = CoreData.Read<IdentityData>("Identity", "posting-identity.json");
}

internal sealed record BoardPattern(string Name, string Label, string Host, string? Path, string[]? Query);
