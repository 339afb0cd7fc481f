namespace JobCapture.Browser.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The unpacked extension, loaded straight from the repository so the tests run what users load.</summary>
    public static string ExtensionDirectory { get; } = FindExtension();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindExtension()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "extension");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("extension/manifest.json not found above " + AppContext.BaseDirectory);
    }
}
