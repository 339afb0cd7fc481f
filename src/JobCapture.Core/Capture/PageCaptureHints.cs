using JobCapture.Core.Identity;

namespace JobCapture.Core.Capture;

/// <summary>What a browser capture does in a rendered page before saving it, as data (Data/Capture/page-capture.json):
/// which controls unfold a collapsed description, and which frames hold the posting itself.</summary>
public static class PageCaptureHints
{
    private static readonly PageCaptureData Data = PageCaptureData.Default;

    /// <summary>Whole, lower-case texts of the controls that unfold a description: "show more", "mehr anzeigen" …</summary>
    public static IReadOnlyList<string> DescriptionToggles { get; } = [.. Data.DescriptionToggles.Select(t => t.ToLowerInvariant())];

    /// <summary>Whether a frame at <paramref name="url"/> (with the element id <paramref name="frameId"/>) is an
    /// applicant tracking system's posting embedded in a company's page, e.g. a Greenhouse or Lever job.</summary>
    public static bool IsEmbeddedPosting(string url, string? frameId) =>
        (frameId is not null && Data.EmbeddedFrameIds.Contains(frameId, StringComparer.OrdinalIgnoreCase))
        || JobBoards.Default.HostIsOneOf(url, Data.EmbeddedBoards);
}
