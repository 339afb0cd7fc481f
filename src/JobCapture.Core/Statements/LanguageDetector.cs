namespace JobCapture.Core.Statements;

/// <summary>
/// Tells the language of a sentence by counting its stopwords per language: cheap, and good enough for one
/// short sentence ("Keine Anrufe, bitte." has two German ones and none of another language).
/// </summary>
internal sealed class LanguageDetector
{
    public const string Fallback = "en";

    private readonly IReadOnlyList<LanguageProfile> _languages;
    private readonly Dictionary<string, int[]> _languagesOfStopword = new(StringComparer.Ordinal);

    public LanguageDetector(IReadOnlyList<LanguageProfile> languages)
    {
        _languages = languages;
        for (var i = 0; i < languages.Count; i++)
        {
            foreach (var word in languages[i].Stopwords)
            {
                _languagesOfStopword[word] = [.. _languagesOfStopword.GetValueOrDefault(word, []), i];
            }
        }
    }

    /// <summary>Counts each language's stopwords among <paramref name="tokens"/> into <paramref name="scores"/>.</summary>
    public void Score(IReadOnlyList<string> tokens, Span<int> scores)
    {
        scores.Clear();
        // By index: a foreach over the interface would allocate an enumerator for every sentence.
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (_languagesOfStopword.TryGetValue(token, out var indices))
            {
                foreach (var i in indices)
                {
                    scores[i]++;
                }
            }
        }
    }

    /// <summary>Among the languages whose data matched, the one the sentence's stopwords favour (data order on a tie).</summary>
    public string MostLikely(IReadOnlySet<string> candidates, IReadOnlyList<int> scores)
    {
        var best = (Code: "", Score: -1);
        for (var i = 0; i < _languages.Count; i++)
        {
            if (candidates.Contains(_languages[i].Code) && scores[i] > best.Score)
            {
                best = (_languages[i].Code, scores[i]);
            }
        }

        return best.Score >= 0 ? best.Code : Fallback;
    }

    /// <summary>The language with the most evidence, or null when none leads (no stopwords, or a tie).</summary>
    public LanguageProfile? Decide(IReadOnlyList<int> scores)
    {
        var best = -1;
        var second = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (best < 0 || scores[i] > scores[best])
            {
                second = best < 0 ? 0 : scores[best];
                best = i;
            }
            else if (scores[i] > second)
            {
                second = scores[i];
            }
        }

        return best >= 0 && scores[best] > second ? _languages[best] : null;
    }
}
