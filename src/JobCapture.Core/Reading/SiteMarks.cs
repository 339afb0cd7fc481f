using AngleSharp.Dom;

namespace JobCapture.Core.Reading;

/// <summary>
/// Where a site writes its own name besides its title tags: the alt text of its logo and its copyright line ("© 2026
/// Acme GmbH"). Both mostly stand in the page's header and footer, which the text leaves out, so those are looked
/// into once more, for these alone.
/// </summary>
internal static class SiteMarks
{
    // A mega-menu or a footer of sitemaps is no place to spend a page's time.
    private const int MaxNodesPeeked = 4000;
    private const int MaxCopyrightLine = 200;

    /// <summary>True for a header or footer the walk leaves out.</summary>
    public static bool IsPageFrame(IElement element, in ElementAttributes attributes) =>
        element.LocalName is "header" or "footer"
        || (attributes.Class ?? "").Contains("header", StringComparison.OrdinalIgnoreCase)
        || (attributes.Class ?? "").Contains("footer", StringComparison.OrdinalIgnoreCase)
        || (attributes.Id ?? "").Contains("header", StringComparison.OrdinalIgnoreCase)
        || (attributes.Id ?? "").Contains("footer", StringComparison.OrdinalIgnoreCase);

    /// <summary>The logos' alt texts and the copyright lines inside a header or footer.</summary>
    public static void CollectFrom(IElement frame, PageScan scan)
    {
        var pending = new Stack<INode>();
        pending.Push(frame);
        for (var peeked = 0; pending.Count > 0 && peeked < MaxNodesPeeked; peeked++)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                NoteCopyright(text, scan);
                continue;
            }

            if (node is IElement { LocalName: "img" } image && image.GetAttribute("alt") is { } alt
                && IsLogo(alt, image.ClassName, image.GetAttribute("src"), image.ParentElement?.ClassName))
            {
                scan.LogoNames.Add(alt.Trim());
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>An image is a logo when it, its address or its container says so ("header__logo", "/logo.png").</summary>
    public static bool IsLogo(string alt, string? imageClass, string? source, string? containerClass) =>
        alt.Trim().Length > 1
        && new[] { alt, imageClass, source, containerClass }.Any(value => value?.Contains("logo", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The line a "©" or "Copyright" stands in: its element's whole text ("© 2026, <a>Acme</a>").</summary>
    private static void NoteCopyright(IText text, PageScan scan)
    {
        var data = text.Data;
        if ((data.Contains('©') || data.Contains("copyright", StringComparison.OrdinalIgnoreCase)) && text.ParentElement is { } line
            && Whitespace.Collapse(line.TextContent) is { Length: <= MaxCopyrightLine } written)
        {
            scan.CopyrightLines.Add(written);
        }
    }
}
