namespace JobCapture.Core.Reading;

/// <summary>A piece of the analysed text: <see cref="Text"/> equals <c>fullText[Start..End]</c>.</summary>
public sealed record TextSpan(string Text, int Start, int End);
