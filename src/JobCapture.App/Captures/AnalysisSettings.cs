using JobCapture.Core;

namespace JobCapture.App.Captures;

/// <summary>How pages are analysed wherever the service analyses them (captures, re-analysis at start): the
/// analyzer's settings and the time one page may take before its analysis is stopped.</summary>
public sealed record AnalysisSettings
{
    public AnalyzerOptions Analyzer { get; init; } = AnalyzerOptions.CreateDefault();

    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The settings the command line asks for; <c>analyze</c>, <c>capture</c> and <c>serve</c> share them.</summary>
    public static AnalysisSettings ForRegion(string region) =>
        new() { Analyzer = AnalyzerOptions.CreateDefault() with { DefaultRegion = region.ToUpperInvariant() } };
}
