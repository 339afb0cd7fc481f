namespace JobCapture.Storage.Analyses;

/// <summary>Core's analysis of a snapshot, kept as the contract JSON with the analyzer version that made it.
/// Derived data: it can always be rebuilt from the snapshot.</summary>
public sealed class StoredAnalysis
{
    public long Id { get; set; }
    public long SnapshotId { get; set; }
    public required string AnalyzerVersion { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset AnalyzedAt { get; set; }
}
