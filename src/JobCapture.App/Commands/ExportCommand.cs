using System.CommandLine;
using JobCapture.App.Captures;
using JobCapture.App.Export;
using JobCapture.Storage;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture export</c>: postings with their verdicts, status and dates, as CSV or JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output" };
        var dataDirectory = CommonOptions.DataDirectory();
        var database = CommonOptions.Database();
        var command = new Command("export", "Export postings with their follow-up verdicts, status and dates") { format, output, dataDirectory, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CaptureServices.BuildStandalone(CommonOptions.ChosenDatabase(parse, database, dataDirectory));
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<PostingExport>().RowsAsync(cancellationToken);
            var path = parse.GetValue(output);
            await using var stream = path is null ? Console.OpenStandardOutput() : OwnerOnlyFile.Create(path);
            if (parse.GetValue(format) == "json")
            {
                await PostingExport.WriteJsonAsync(rows, stream);
            }
            else
            {
                await PostingExport.WriteCsvAsync(rows, stream);
            }

            return 0;
        });
        return command;
    }
}
