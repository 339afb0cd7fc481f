namespace JobCapture.Core.Reading;

/// <summary>
/// Decides which parts of the visible text are the posting: a known job board's posting containers first, then the
/// page's main content element, then the densest block of prose; failing all three, everything visible (the
/// page chrome is already gone).
/// </summary>
internal static class ContentChooser
{
    private const int MinPostingPartsLength = 50;
    private const int MinPostingLength = 200;
    private const double MinRootShare = 0.3;
    private const double MinDenseShare = 0.6;
    private const double MaxLinkDensity = 0.5;

    public static IReadOnlyList<TextRange> Choose(PageScan scan)
    {
        var whole = new TextRange(0, scan.Text.Length);
        return FromPostingParts(scan) ?? FromContentRoot(scan) ?? FromDensestBlock(scan) ?? [whole];
    }

    private static TextRange[]? FromPostingParts(PageScan scan)
    {
        var parts = scan.PostingParts.Where(part => part.Length > 0).ToArray();
        return parts.Sum(part => part.Length) >= MinPostingPartsLength ? parts : null;
    }

    private static TextRange[]? FromContentRoot(PageScan scan)
    {
        if (scan.ContentRoots.Count == 0)
        {
            return null;
        }

        var longest = scan.ContentRoots.MaxBy(root => root.Length);
        return longest.Length >= MinPostingLength && longest.Length >= MinRootShare * scan.Text.Length ? [longest] : null;
    }

    /// <summary>The smallest block that still holds most of the page's prose and is not mostly links: the
    /// posting's own container on a page whose markup we do not know.</summary>
    private static TextRange[]? FromDensestBlock(PageScan scan)
    {
        var pageProse = scan.Text.Length - scan.LinkCharacters;
        BlockDensity? best = null;
        foreach (var block in scan.DenseBlocks)
        {
            var isCandidate = block.ProseCharacters >= MinDenseShare * pageProse
                && block.LinkCharacters <= MaxLinkDensity * block.Range.Length;
            if (isCandidate && (best is null || block.Range.Length < best.Value.Range.Length))
            {
                best = block;
            }
        }

        return best is { } found && found.Range.Length < 0.9 * scan.Text.Length ? [found.Range] : null;
    }
}
