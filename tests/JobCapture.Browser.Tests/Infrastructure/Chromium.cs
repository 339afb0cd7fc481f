namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the Chromium the tests drive. Playwright's own browser download is not used: CI installs Debian's chromium.
/// Missing browser: in CI (env CI set) the suite fails with what to install; on a developer machine it is ignored.
/// </summary>
internal static class Chromium
{
    public const string OverrideVariable = "JOBCAPTURE_BROWSER";

    private static readonly string[] KnownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
    ];

    public static string RequirePath()
    {
        var path = Find();
        if (path is not null)
        {
            return path;
        }

        const string message = "No Chromium found. Install Debian's 'chromium' package (sudo apt-get install chromium) "
            + "or set " + OverrideVariable + " to a Chromium/Chrome executable.";
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Ignore(message);
        }

        Assert.Fail(message);
        return "";
    }

    private static string? Find()
    {
        var chosen = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(chosen))
        {
            return File.Exists(chosen) ? chosen : null;
        }

        return KnownPaths.FirstOrDefault(File.Exists);
    }
}
