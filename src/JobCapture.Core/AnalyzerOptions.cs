namespace JobCapture.Core;

/// <summary>Settings the analysis depends on. Start from <see cref="CreateDefault"/> and change what differs.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>ISO 3166 region used to read phone numbers written without a country code when neither the number
    /// nor the posting tells the country.</summary>
    public string DefaultRegion { get; init; } = "US";

    /// <summary>Business days after applying before the first follow-up, unless the posting states its own.</summary>
    public int FollowUpBusinessDays { get; init; } = 5;

    /// <summary>Elements nested deeper than this are read as flat text: hostile pages nest hundreds of thousands.</summary>
    public int MaxElementDepth { get; init; } = 512;

    /// <summary>Text beyond this many characters is not analysed (a posting is a few pages; a 20 MB text node is not).</summary>
    public int MaxTextLength { get; init; } = 400_000;

    public static AnalyzerOptions CreateDefault() => new();
}
