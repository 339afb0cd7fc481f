using System.Text.Json;

namespace JobCapture.App.Tests;

public class AnalyzeCommandTests
{
    private static readonly string[] ContractKeys = ["analyzerVersion", "url", "text", "posting", "statements", "contacts", "followUp"];

    [Test]
    public async Task Per_line_text_prints_one_json_object_per_input_line_in_order()
    {
        var result = await CommandLine.RunAsync("No phone calls, please.\nWe offer a great team.\n\nQuestions? Call Dana on (555) 010-2234.\n", "analyze", "--text", "--per-line", "-");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(lines, Has.Count.EqualTo(4));
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => l.GetProperty("text").GetString()), Is.EqualTo(new[]
            {
                "No phone calls, please.", "We offer a great team.", "", "Questions? Call Dana on (555) 010-2234.",
            }));
            Assert.That(lines[0].GetProperty("followUp").GetProperty("channels").GetProperty("phone").GetProperty("verdict").GetString(), Is.EqualTo("forbidden"));
            Assert.That(lines[0].GetProperty("statements")[0].GetProperty("kind").GetString(), Is.EqualTo("noCalls"));
        });
    }

    [Test]
    public async Task An_html_file_prints_the_contract_keys()
    {
        var file = Path.Combine(Path.GetTempPath(), $"posting-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, "<html><body><h1>Cook</h1><p>Email jobs@diner.example. No phone calls, please.</p></body></html>");
        try
        {
            var result = await CommandLine.RunAsync("", "analyze", file);
            var root = JsonDocument.Parse(result.Output).RootElement;

            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(ContractKeys.Where(key => !root.TryGetProperty(key, out _)), Is.Empty);
            Assert.That(root.GetProperty("text").GetString(), Does.Contain("No phone calls, please."));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task A_missing_file_is_a_clear_error_not_a_crash()
    {
        var result = await CommandLine.RunAsync("", "analyze", "/no/such/posting.html");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("no such file"));
    }
}
