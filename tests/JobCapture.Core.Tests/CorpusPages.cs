namespace JobCapture.Core.Tests;

/// <summary>
/// The real job pages in ../shared/corpus/pages, read in place (they are never copied into the project).
/// A clone without that folder skips the tests that need it.
/// </summary>
internal static class CorpusPages
{
    private static readonly Lazy<string?> Folder = new(FindFolder);

    public static string Read(string fileName)
    {
        var folder = Folder.Value;
        if (folder is null)
        {
            Assert.Ignore("../shared/corpus/pages is not beside this checkout; corpus tests are skipped.");
        }

        return File.ReadAllText(Path.Combine(folder!, fileName));
    }

    public static IEnumerable<string> FileNames() =>
        Folder.Value is { } folder
            ? Directory.EnumerateFiles(folder, "*.html").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [];

    /// <summary>Walks up from the test binaries to the checkout and looks for ../shared beside it.</summary>
    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "pages");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
