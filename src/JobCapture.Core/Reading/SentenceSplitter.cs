using System.Text.RegularExpressions;

namespace JobCapture.Core.Reading;

/// <summary>Cuts text into sentences that never cross a line (a block boundary) and end at ., ! or ? followed by
/// white space.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<TextSpan> sentences)
    {
        var position = start;
        foreach (Match boundary in SentenceEnd().Matches(text[start..end]))
        {
            Add(text, position, start + boundary.Index, sentences);
            position = start + boundary.Index + boundary.Length;
        }

        Add(text, position, end, sentences);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(text[start..end], start, end));
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\P{Ll})")]
    private static partial Regex SentenceEnd();
}
