using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>
/// Pages behind a sign-in, captured from the CLI: through the user's running Chromium (<c>--connect</c>, its cookies
/// apply and it keeps running after) or a persistent profile (<c>--profile</c>, a sign-in of one run serves the next).
/// The same page captured by a fresh headless browser is the sign-in wall, and nothing is stored.
/// </summary>
[TestFixture]
public sealed class CaptureBrowserSessionTests
{
    [Test]
    public async Task Connecting_to_the_users_chromium_captures_what_its_sign_in_shows_and_leaves_it_running()
    {
        await using var site = await CaptureSite.StartAsync();
        await using var users = await DebuggableChromium.StartAsync(site.Page("sign-in-as-member"));
        await WaitUntilAsync(() => site.Requests(site.Page("sign-in-as-member")) > 0);
        using var cli = new CaptureCli();

        var (freshExit, fresh) = await cli.CaptureAsync(site.Page("members-only").ToString());
        var (connectedExit, connected) = await cli.CaptureAsync(site.Page("members-only").ToString(), "--connect", users.Endpoint);
        var stillRunning = users.IsRunning && await users.AnswersAsync();

        Assert.Multiple(() =>
        {
            Assert.That(freshExit, Is.EqualTo(1), fresh);
            Assert.That(fresh, Does.Contain("this page asks you to sign in"));
            Assert.That(connectedExit, Is.Zero, connected);
            Assert.That(connected, Does.Contain("Warehouse Associate 0 ·"));
            Assert.That(cli.PostingCount(), Is.EqualTo(1));
            Assert.That(stillRunning, Is.True, "the user's browser goes on running");
        });
    }

    [Test]
    public async Task A_connection_nobody_answers_is_a_clear_error()
    {
        using var cli = new CaptureCli();

        var (exitCode, output) = await cli.CaptureAsync("http://127.0.0.1:9/job", "--connect", $"http://127.0.0.1:{FreePort.Pick()}");

        Assert.That(exitCode, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("could not connect to the browser at").And.Contain("--remote-debugging-port=9222"));
    }

    [Test]
    public async Task A_profile_keeps_a_sign_in_from_one_run_to_the_next()
    {
        await using var site = await CaptureSite.StartAsync();
        using var cli = new CaptureCli();
        var profile = Path.Combine(cli.DataDirectory, "profile");

        var (withoutExit, _) = await cli.CaptureAsync(site.Page("members-only").ToString(), "--profile", profile);
        await cli.CaptureAsync(site.Page("sign-in-as-member").ToString(), "--profile", profile);
        var (withExit, with) = await cli.CaptureAsync(site.Page("members-only").ToString(), "--profile", profile);

        Assert.That(withoutExit, Is.EqualTo(1), "before the sign-in the page is a wall");
        Assert.That(withExit, Is.Zero, with);
        Assert.That(with, Does.Contain("Warehouse Associate 0 ·"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.That(condition(), Is.True, "timed out waiting");
    }
}
