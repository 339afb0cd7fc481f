using System.CommandLine;
using System.Text;
using JobCapture.App.Captures;
using JobCapture.Core;

namespace JobCapture.App.Commands;

/// <summary>
/// <c>jobcapture analyze</c>: the "analyze" contract of DESIGN.md. One input prints one indented JSON object;
/// several inputs, or <c>--per-line</c>, print JSON Lines (one object per input, or per input line, in order).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "HTML or text files; - reads standard input", Arity = ArgumentArity.OneOrMore };
        var text = new Option<bool>("--text") { Description = "Treat the inputs as plain text, not HTML (.txt files always are)" };
        var perLine = new Option<bool>("--per-line") { Description = "Analyse each line as its own text; print JSON Lines" };
        var url = new Option<string?>("--url") { Description = "The URL the page came from" };
        var region = CommonOptions.Region();
        var command = new Command("analyze", "Analyse job postings and print the follow-up JSON") { inputs, text, perLine, url, region };
        command.SetAction(parse => Run(
            parse.GetValue(inputs)!,
            parse.GetValue(text),
            parse.GetValue(perLine),
            parse.GetValue(url),
            parse.GetValue(region)!));
        return command;
    }

    private static int Run(string[] inputs, bool asText, bool perLine, string? url, string region)
    {
        var analyzer = new PostingAnalyzer(AnalysisSettings.ForRegion(region).Analyzer);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        var oneObject = inputs.Length == 1 && !perLine;
        foreach (var input in inputs)
        {
            if (input != "-" && !File.Exists(input))
            {
                Console.Error.WriteLine($"analyze: no such file: {input}");
                return 2;
            }

            var content = Read(input);
            if (perLine)
            {
                foreach (var line in Lines(content))
                {
                    output.WriteLine(AnalysisJson.Serialize(analyzer.AnalyzeText(line)));
                }

                continue;
            }

            var analysis = asText || IsTextFile(input) ? analyzer.AnalyzeText(content) : analyzer.AnalyzeHtml(content, url);
            output.WriteLine(AnalysisJson.Serialize(analysis, indented: oneObject));
        }

        output.Flush();
        return 0;
    }

    private static string Read(string input)
    {
        if (input != "-")
        {
            return File.ReadAllText(input, Encoding.UTF8);
        }

        using var reader = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Lines as the input has them (LF or CRLF); a final newline does not make an extra empty line.</summary>
    private static IEnumerable<string> Lines(string content)
    {
        var lines = content.Split('\n');
        var count = content.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        return lines.Take(count).Select(line => line.TrimEnd('\r'));
    }

    private static bool IsTextFile(string input) =>
        input != "-" && Path.GetExtension(input).ToLowerInvariant() is ".txt" or ".text";
}
