using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobCapture.Core.Reading;

/// <summary>The markup <see cref="MarkupPrescan"/> hands to the parser: the page itself, or what was kept of it in a
/// pooled buffer, which goes back to the pool on dispose.</summary>
internal readonly struct PreparedMarkup : IDisposable
{
    private readonly string? _text;
    private readonly char[]? _buffer;
    private readonly int _length;

    private PreparedMarkup(string? text, char[]? buffer, int length) => (_text, _buffer, _length) = (text, buffer, length);

    public static PreparedMarkup Of(string text) => new(text, null, text.Length);

    public static PreparedMarkup Pooled(char[] buffer, int length) => new(null, buffer, length);

    public ReadOnlySpan<char> Span => _buffer is null ? _text.AsSpan() : _buffer.AsSpan(0, _length);

    // The document keeps a reference to its source, but reads it only during the parse (source positions are not
    // kept by default), so the buffer can be reused once the parse returns.
    public IDocument Parse(HtmlParser parser) => _buffer is null ? parser.ParseDocument(_text ?? "") : parser.ParseDocument(_buffer, _length);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }
    }
}
