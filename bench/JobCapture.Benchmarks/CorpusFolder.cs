namespace JobCapture.Benchmarks;

/// <summary>Finds ../shared/corpus/pages relative to the repository, walking up from the working directory and
/// from the binaries (BenchmarkDotNet runs the benchmark from a generated folder below bin/).</summary>
internal static class CorpusFolder
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus", "pages");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static IReadOnlyList<string> ReadPages() =>
        [.. Directory.EnumerateFiles(Find() ?? throw new DirectoryNotFoundException("../shared/corpus/pages"), "*.html")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];
}
