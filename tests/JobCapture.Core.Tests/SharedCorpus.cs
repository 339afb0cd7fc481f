namespace JobCapture.Core.Tests;

/// <summary>
/// The shared corpus beside the checkout (../shared/corpus), read in place: real pages and real sentences are never
/// copied into the project. A user's clone has no such folder and skips these tests; CI always has it, so there a
/// missing folder fails the run instead of letting the tests vanish. $JOBCAPTURE_SHARED_DIR names another shared folder.
/// </summary>
internal static class SharedCorpus
{
    public const string SharedFolderVariable = "JOBCAPTURE_SHARED_DIR";

    public static string Folder(string name)
    {
        if (Find(name) is { } folder)
        {
            return folder;
        }

        var message = Environment.GetEnvironmentVariable(SharedFolderVariable) is { Length: > 0 } shared
            ? $"{Path.Combine(shared, "corpus", name)} (from {SharedFolderVariable}) does not exist"
            : $"../shared/corpus/{name} is not beside this checkout";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message}, and CI always has it: the corpus tests cannot run.");
        }

        Assert.Ignore($"{message}; corpus tests are skipped.");
        return "";
    }

    /// <summary>$JOBCAPTURE_SHARED_DIR when set, else walks up from the test binaries to the checkout and looks for
    /// shared/corpus beside it.</summary>
    public static string? Find(string name)
    {
        if (Environment.GetEnvironmentVariable(SharedFolderVariable) is { Length: > 0 } shared)
        {
            var named = Path.Combine(shared, "corpus", name);
            return Directory.Exists(named) ? named : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
