namespace JobCapture.Core.Reading;

/// <summary>The words a name or class is made of, split at what is not a letter and at inner capitals: "TalentPond" is
/// "Talent" and "Pond", "job-offer__companyName" is "job", "offer", "company" and "Name".</summary>
internal static class WordParts
{
    public static IEnumerable<string> Of(string name)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || !char.IsLetter(name[i]) || (char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                if (i > start && char.IsLetter(name[start]))
                {
                    yield return name[start..i];
                }

                start = i < name.Length && char.IsLetter(name[i]) ? i : i + 1;
            }
        }
    }
}
