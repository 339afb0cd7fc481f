using CsvHelper;
using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>One row of the development sentence sets: a sentence from a real ad, labelled with the kinds it states.</summary>
public sealed record DevSentence(string Id, string Text, IReadOnlySet<StatementKind> Expected, string Language, string Source, bool HeldOut)
{
    public override string ToString() => Id;
}

/// <summary>
/// The development sets of real sentences (../shared/corpus/sentences/dev-*.tsv), read in place and never copied into
/// the project. Rows whose label needs the rest of the ad (scored = 0) are left out. A fixed part, chosen by source
/// and listed in Fixtures/Statements/dev-holdout-ids.txt, is held out: it is measured, never tuned on.
/// </summary>
internal static class DevSentences
{
    public const string SplitSeed = "jobcapture-dev-split-2026:";
    public const double HeldOutShare = 0.30;

    private static readonly string[] Files = ["dev-en.tsv", "dev-intl.tsv"];
    private static readonly Lazy<IReadOnlyList<DevSentence>> All = new(ReadAll);

    public static IReadOnlyList<DevSentence> Tuned => [.. All.Value.Where(s => !s.HeldOut)];

    public static IReadOnlyList<DevSentence> HeldOut => [.. All.Value.Where(s => s.HeldOut)];

    public static IReadOnlyList<DevSentence> Every => All.Value;

    public static IReadOnlySet<string> HeldOutIds() =>
        File.ReadLines(Fixtures.Path("Statements", "dev-holdout-ids.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    private static List<DevSentence> ReadAll()
    {
        var folder = SharedCorpus.Folder("sentences");
        var heldOut = HeldOutIds();
        var options = new CsvReaderOptions { Separator = '\t' };
        var sentences = new List<DevSentence>();
        foreach (var file in Files)
        {
            using var csv = CsvReader.FromFile(Path.Combine(folder, file), options);
            while (csv.Read())
            {
                if (csv.GetString("scored") == "1")
                {
                    var id = csv.GetString("id");
                    sentences.Add(new DevSentence(id, csv.GetString("text"), ParseLabels(csv.GetString("labels")), csv.GetString("language"),
                        csv.GetString("source"), heldOut.Contains(id)));
                }
            }
        }

        return sentences;
    }

    /// <summary>"NO_CALLS,INVITES_EMAIL" → the kinds; NO_CONTACT_ANY is NoContact.</summary>
    private static HashSet<StatementKind> ParseLabels(string labels) =>
        labels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(label => label == "NO_CONTACT_ANY" ? StatementKind.NoContact : Enum.Parse<StatementKind>(label.Replace("_", "", StringComparison.Ordinal), ignoreCase: true))
            .ToHashSet();
}
