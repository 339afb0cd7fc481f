namespace JobCapture.Core.Tests;

/// <summary>
/// The real job pages in the shared corpus (see <see cref="SharedCorpus"/>). Where the pages are missing, every
/// corpus group still shows one case that says so: ignored on a developer's clone, failed under CI=true, never
/// silently gone.
/// </summary>
internal static class CorpusPages
{
    /// <summary>How many pages the corpus holds: a group with fewer cases lost some on the way.</summary>
    public const int Count = 39;

    /// <summary>The case name a group gets when the pages are missing.</summary>
    public const string Missing = "corpus pages missing";

    private const string FolderName = "pages";

    private static readonly Lazy<string?> Folder = new(() => SharedCorpus.Find(FolderName));

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(SharedCorpus.Folder(FolderName), fileName));

    /// <summary>Asserts that a data-driven group has one case for each corpus page, no more, no fewer.</summary>
    public static void AssertOneCasePerPage(IEnumerable<string> pagesOfTheCases)
    {
        SharedCorpus.Folder(FolderName);
        var pages = pagesOfTheCases.ToList();
        Assert.That(pages, Has.Count.EqualTo(Count), "cases");
        Assert.That(pages, Is.EquivalentTo(FileNames()), "the cases' pages are the corpus pages");
    }

    /// <summary>The pages' file names, or the single name <see cref="Missing"/> (whose reading fails or is ignored).</summary>
    public static IEnumerable<string> FileNames() =>
        Folder.Value is { } folder
            ? Directory.EnumerateFiles(folder, "*.html").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            : [Missing];
}
