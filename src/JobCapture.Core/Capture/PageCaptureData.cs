namespace JobCapture.Core.Capture;

/// <summary>Data/Capture/page-capture.json as written.</summary>
internal sealed record PageCaptureData(string[] DescriptionToggles, string[] EmbeddedBoards, string[] EmbeddedFrameIds)
{
    public static PageCaptureData Default { get; } = CoreData.Read<PageCaptureData>("Capture", "page-capture.json");
}
