namespace JobCapture.Core.Capture;

/// <summary>Data/Capture/page-walls.json as written.</summary>
internal sealed record PageWallData(int ThinPageWords, PhraseList Login, MarkedPhraseList Captcha, CookieWords Cookie)
{
    public static PageWallData Default { get; } = CoreData.Read<PageWallData>("Capture", "page-walls.json");
}

internal sealed record PhraseList(string[] Phrases);

internal sealed record MarkedPhraseList(string[] Phrases, string[] Markers);

internal sealed record CookieWords(string[] Phrases, string[] ContainerMarkers);
