namespace JobCapture.App.Tests;

public class CommandOptionsTests
{
    /// <summary>The analyzer's own settings (not analyze's input options such as --text or --url).</summary>
    private static readonly string[] AnalyzerSettings = ["--region"];

    [TestCase("serve")]
    [TestCase("capture")]
    public async Task Every_analyzer_setting_that_analyze_takes_this_command_takes_too(string command)
    {
        var analyze = await CommandLine.RunAsync("", "analyze", "--help");
        var other = await CommandLine.RunAsync("", command, "--help");

        Assert.That(analyze.Output, Does.Contain(AnalyzerSettings[0]));
        Assert.That(AnalyzerSettings, Has.All.Matches<string>(option => other.Output.Contains(option, StringComparison.Ordinal)), other.Output);
    }
}
