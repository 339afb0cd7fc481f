using System.Globalization;
using System.Text;

namespace JobCapture.Storage.Tracking;

/// <summary>Folds a company name so that spelling variants on different boards match: case, accents, punctuation and
/// legal suffixes are dropped.</summary>
public static class CompanyKeys
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "bv", "nv", "plc", "corp", "corporation", "co", "company", "sl", "srl", "se",
    };

    public static string For(string company)
    {
        var folded = new StringBuilder();
        foreach (var c in company.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
