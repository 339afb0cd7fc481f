namespace JobCapture.Core.Reading;

/// <summary>
/// A link or an obfuscated address in the markup, with the offsets of its visible text in the analysed text.
/// Contacts often live only in attributes (<c>mailto:</c>, <c>tel:</c>, Cloudflare's <c>data-cfemail</c>).
/// </summary>
public sealed record PageAnchor(string Href, string? CloudflareEmail, string Text, int Start, int End);
