namespace JobCapture.Core;

/// <summary>Bump when a change to the rules or readers changes results: stored analyses with an older version
/// are recomputed from their snapshots.</summary>
public static class AnalyzerVersion
{
    public const string Current = "1.11.0";
}
