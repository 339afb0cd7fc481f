namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the Chromium the tests drive. Playwright's own browser download is not used: CI installs Debian's chromium.
/// Missing browser: in CI (env CI set) the suite fails with what to install; on a developer machine it is ignored.
/// </summary>
internal static class Chromium
{
    public const string OverrideVariable = JobCapture.Capture.BrowserLocator.EnvironmentVariable;

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

    /// <summary>The same search the capture command makes, so the tests drive what users' captures would.</summary>
    private static string? Find() => JobCapture.Capture.BrowserLocator.Find();
}
