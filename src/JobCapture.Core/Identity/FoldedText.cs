using System.Globalization;
using System.Text;

namespace JobCapture.Core.Identity;

/// <summary>Text folded for comparison: accents dropped, lower case, punctuation and runs of whitespace turned into
/// single spaces between words.</summary>
public static class FoldedText
{
    public static List<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    public static string Of(string text) => string.Join(' ', Words(text));
}
