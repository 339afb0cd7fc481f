namespace JobCapture.Core.Identity;

/// <summary>Folds a company name so that spelling variants on different boards match: case, accents, punctuation and
/// legal suffixes are dropped ("Acme GmbH", "ACME, Inc." and "Acme" are all "acme").</summary>
public static class CompanyKeys
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "bv", "nv", "plc", "corp", "corporation", "co", "company", "sl", "srl", "se",
    };

    public static string For(string company)
    {
        var words = FoldedText.Words(company);
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }
}
