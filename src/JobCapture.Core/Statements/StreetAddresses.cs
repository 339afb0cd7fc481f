namespace JobCapture.Core.Statements;

/// <summary>
/// "418 Harbor Street", "Hauptstraße 14", "18 rue des Lilas", "85, rue Saint-Paul", "Calle Mayor 21": a house number beside a street word,
/// a few words apart within the clause, becomes one <c>&lt;address&gt;</c> token, so that "apply at &lt;address&gt;" is a
/// pattern like "send your CV to &lt;email&gt;". The street words are data ("streetWords" of each language file).
/// </summary>
internal sealed class StreetAddresses(IReadOnlyList<TokenTest> streetWords)
{
    private const int MaxHouseNumberDigits = 5;

    // "501 W 3rd St": the words of a street's name between the number and the street word.
    private const int NameWords = 3;

    // "Rue de la Station 257", "Calle de la Paz 12": a name that opens with an article may take one word more.
    private static readonly HashSet<string> NameArticles = ["de", "du", "des", "la", "le", "l", "del", "di", "van"];

    public void Merge(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsHouseNumber(tokens[i]))
            {
                continue;
            }

            var (start, end) = StreetWordAfter(tokens, i) is { } after ? (i, after + 1)
                : StreetWordBefore(tokens, i) is { } before ? (before, i + 1)
                : (-1, -1);
            if (start >= 0)
            {
                tokens[start] = TextNormalizer.AddressToken;
                tokens.RemoveRange(start + 1, end - start - 1);
                i = start;
            }
        }
    }

    private int? StreetWordAfter(List<string> tokens, int number)
    {
        // "85, rue Saint-Paul": French and Québec addresses put a comma between the number and the street word.
        if (number + 2 < tokens.Count && tokens[number + 1] == TextNormalizer.SoftBoundary && IsStreetWord(tokens[number + 2]))
        {
            return number + 2;
        }

        for (var j = number + 1; j < tokens.Count && j <= number + NameWords; j++)
        {
            if (TextNormalizer.IsBoundary(tokens[j]))
            {
                return null;
            }

            if (IsStreetWord(tokens[j]))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>Whether a street word and its name stand right before <paramref name="number"/> (the number's index).</summary>
    public bool EndsStreetName(List<string> tokens, int number) => StreetWordBefore(tokens, number) is not null;

    private int? StreetWordBefore(List<string> tokens, int number)
    {
        var farthest = number - NameWords - 1;
        if (farthest >= 0 && IsStreetWord(tokens[farthest]) && NameArticles.Contains(tokens[farthest + 1])
            && !tokens.Skip(farthest).Take(NameWords + 1).Any(TextNormalizer.IsBoundary))
        {
            return farthest;
        }

        for (var j = number - 1; j >= 0 && j >= number - NameWords; j--)
        {
            if (TextNormalizer.IsBoundary(tokens[j]))
            {
                return null;
            }

            if (IsStreetWord(tokens[j]))
            {
                return j;
            }
        }

        return null;
    }

    public bool IsStreetWord(string token) => streetWords.Any(words => words.Matches(token));

    private static bool IsHouseNumber(string token) =>
        token.Length is > 0 and <= MaxHouseNumberDigits && token.All(char.IsAsciiDigit);
}
