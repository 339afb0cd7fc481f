namespace JobCapture.Core.Identity;

/// <summary>The query parameters of Data/Identity/posting-identity.json that only say where a visitor came from.</summary>
internal sealed class TrackingParameters
{
    private readonly HashSet<string> _names;
    private readonly string[] _prefixes;

    private TrackingParameters(IdentityData data)
    {
        _names = new HashSet<string>(data.TrackingParameters, StringComparer.OrdinalIgnoreCase);
        _prefixes = data.TrackingPrefixes;
    }

    public static TrackingParameters Default { get; } = new(IdentityData.Default);

    public bool IsTracking(string name) =>
        _names.Contains(name) || _prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
