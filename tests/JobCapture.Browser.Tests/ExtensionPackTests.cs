using System.Text.Json;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// extension/pack builds the Chrome and Firefox variants from the one source folder, and Mozilla's web-ext lint
/// (installed by tests/run into extension/tools) finds no error in the Firefox build.
/// </summary>
public class ExtensionPackTests
{
    private static readonly string Source = RepositoryPaths.ExtensionDirectory;
    private static readonly string Dist = Path.Combine(Source, "dist");

    [OneTimeSetUp]
    public async Task PackAsync()
    {
        var pack = await ChildProcess.RunAsync("bash", Path.Combine(Source, "pack"));
        Assert.That(pack.ExitCode, Is.Zero, pack.Error);
    }

    [Test]
    public void Pack_writes_a_zip_for_chrome_and_one_for_firefox()
    {
        Assert.That(Path.Combine(Dist, "jobcapture-chrome.zip"), Does.Exist);
        Assert.That(Path.Combine(Dist, "jobcapture-firefox.zip"), Does.Exist);
    }

    [Test]
    public void The_chrome_build_is_the_folder_the_browser_tests_load()
    {
        var chrome = Path.Combine(Dist, "chrome");
        var built = Directory.GetFiles(chrome, "*", SearchOption.AllDirectories);

        Assert.That(built, Is.Not.Empty);
        Assert.That(built, Has.All.Matches<string>(file =>
            File.ReadAllBytes(file).SequenceEqual(File.ReadAllBytes(Path.Combine(Source, Path.GetRelativePath(chrome, file))))));
    }

    [Test]
    public void The_firefox_manifest_runs_background_scripts_under_a_gecko_id_without_chrome_only_keys()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dist, "firefox", "manifest.json"))).RootElement;

        Assert.That(manifest.GetProperty("background").GetProperty("scripts")[0].GetString(), Is.EqualTo("background.js"));
        Assert.That(manifest.GetProperty("background").TryGetProperty("service_worker", out _), Is.False);
        Assert.That(manifest.GetProperty("browser_specific_settings").GetProperty("gecko").GetProperty("id").GetString(), Does.Contain("@"));
        Assert.That(manifest.TryGetProperty("key", out _), Is.False);
        Assert.That(manifest.TryGetProperty("minimum_chrome_version", out _), Is.False);
    }

    [Test]
    public async Task Web_ext_lint_finds_no_errors_in_the_firefox_build()
    {
        var report = await LintAsync("firefox");

        Assert.That(report.GetProperty("summary").GetProperty("errors").GetInt32(), Is.Zero, report.ToString());
    }

    [Test]
    public async Task Web_ext_lint_does_find_errors_in_a_manifest_firefox_cannot_load()
    {
        var report = await LintAsync("chrome");

        Assert.That(report.GetProperty("summary").GetProperty("errors").GetInt32(), Is.Positive);
    }

    private static async Task<JsonElement> LintAsync(string build)
    {
        var webExt = Path.Combine(Source, "tools", "node_modules", ".bin", "web-ext");
        if (!File.Exists(webExt))
        {
            const string message = "web-ext is not installed: run ./tests/run (it runs npm ci in extension/tools; needs Node.js).";
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Ignore(message);
            }

            Assert.Fail(message);
        }

        var lint = await ChildProcess.RunAsync(webExt, "lint", "--source-dir", Path.Combine(Dist, build), "--output", "json", "--no-config-discovery");
        return JsonDocument.Parse(lint.Output).RootElement.Clone();
    }
}
