namespace JobCapture.Core.Tests;

/// <summary>
/// The real job pages in ../shared/corpus/pages, read in place (they are never copied into the project).
/// $JOBCAPTURE_SHARED_DIR names another shared folder. Where the pages are missing, every corpus group still shows
/// one case that says so: ignored on a developer's clone, failed under CI=true, never silently gone.
/// </summary>
internal static class CorpusPages
{
    /// <summary>How many pages the corpus holds: a group with fewer cases lost some on the way.</summary>
    public const int Count = 39;

    public const string SharedFolderVariable = "JOBCAPTURE_SHARED_DIR";

    /// <summary>The case name a group gets when the pages are missing.</summary>
    public const string Missing = "corpus pages missing";

    private static readonly Lazy<string?> Folder = new(FindFolder);

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(RequireFolder(), fileName));

    /// <summary>Asserts that a data-driven group has one case for each corpus page, no more, no fewer.</summary>
    public static void AssertOneCasePerPage(IEnumerable<string> pagesOfTheCases)
    {
        RequireFolder();
        var pages = pagesOfTheCases.ToList();
        Assert.That(pages, Has.Count.EqualTo(Count), "cases");
        Assert.That(pages, Is.EquivalentTo(FileNames()), "the cases' pages are the corpus pages");
    }

    /// <summary>The pages' file names, or the single name <see cref="Missing"/> (whose reading fails or is ignored).</summary>
    public static IEnumerable<string> FileNames() =>
        Folder.Value is { } folder
            ? Directory.EnumerateFiles(folder, "*.html").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [Missing];

    /// <summary>The pages' folder; where it is missing the test is ignored, or failed under CI=true.</summary>
    private static string RequireFolder()
    {
        if (Folder.Value is { } folder)
        {
            return folder;
        }

        var message = $"The corpus pages were not found ({WhereLooked()}): put the shared folder beside this checkout "
            + $"or point {SharedFolderVariable} at it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return "";
    }

    private static string WhereLooked() =>
        Environment.GetEnvironmentVariable(SharedFolderVariable) is { Length: > 0 } shared
            ? Path.Combine(shared, "corpus", "pages")
            : "shared/corpus/pages beside the checkout";

    /// <summary>$JOBCAPTURE_SHARED_DIR when set, else walks up from the test binaries looking for ../shared.</summary>
    private static string? FindFolder()
    {
        if (Environment.GetEnvironmentVariable(SharedFolderVariable) is { Length: > 0 } shared)
        {
            var named = Path.Combine(shared, "corpus", "pages");
            return Directory.Exists(named) ? named : null;
        }

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
