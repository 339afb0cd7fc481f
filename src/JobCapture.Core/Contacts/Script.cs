namespace JobCapture.Core.Contacts;

internal static class Script
{
    private const int SampleLength = 20_000;

    /// <summary>True when at least half of the letters in (a sample of) the text are Latin.</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, SampleLength)))
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        return latin >= other;
    }
}
