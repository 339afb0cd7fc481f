namespace JobCapture.Capture;

/// <summary>
/// Finds a Chromium-family browser to drive. Playwright's own browser download does not work everywhere, so the
/// system's browser comes first: an explicit path, then $JOBCAPTURE_BROWSER, then well-known install locations,
/// then browsers Playwright itself installed.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "JOBCAPTURE_BROWSER";

    public static string? Find(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        return Candidates().FirstOrDefault(File.Exists);
    }

    public static string NotFoundAdvice =>
        "No Chromium or Chrome was found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium), " +
        $"or pass --browser PATH, or set {EnvironmentVariable}.";

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        foreach (var path in SystemPaths())
        {
            yield return path;
        }

        foreach (var path in PlaywrightInstalled())
        {
            yield return path;
        }
    }

    private static IEnumerable<string> SystemPaths()
    {
        if (OperatingSystem.IsWindows())
        {
            var roots = new[]
            {
                Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles),
                Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86),
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
            };
            return roots.SelectMany(root => new[]
            {
                Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe"),
                Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe"),
                Path.Combine(root, "Chromium", "Application", "chrome.exe"),
            });
        }

        if (OperatingSystem.IsMacOS())
        {
            return
            [
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            ];
        }

        return
        [
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/snap/bin/chromium", "/usr/bin/microsoft-edge",
        ];
    }

    /// <summary>Browsers in Playwright's cache (~/.cache/ms-playwright/chromium-*/chrome-linux/chrome and the like).</summary>
    private static IEnumerable<string> PlaywrightInstalled()
    {
        var cache = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH") is { Length: > 0 } custom
            ? custom
            : OperatingSystem.IsWindows()
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ms-playwright")
                : OperatingSystem.IsMacOS()
                    ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches", "ms-playwright")
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "ms-playwright");
        if (!Directory.Exists(cache))
        {
            return [];
        }

        string[] executables = ["chrome", "chrome.exe", "Chromium"];
        return Directory.EnumerateDirectories(cache, "chromium-*")
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            .Where(file => executables.Contains(Path.GetFileName(file)));
    }
}
