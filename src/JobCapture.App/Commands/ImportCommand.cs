using System.CommandLine;
using JobCapture.App.Captures;
using JobCapture.App.Import;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture import PATH...</c>: saved pages and other trackers' CSV files, with progress and a summary.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Saved pages (.html, .htm), tracker exports (.csv) or folders of them", Arity = ArgumentArity.OneOrMore };
        var dataDirectory = CommonOptions.DataDirectory();
        var database = CommonOptions.Database();
        var command = new Command("import", "Import saved job pages and other trackers' CSV files (works while the service runs)") { paths, dataDirectory, database };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(paths)!, CommonOptions.ChosenDatabase(parse, database, dataDirectory), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, Storage.DatabaseTarget database, CancellationToken cancellationToken)
    {
        await using var services = CaptureServices.BuildStandalone(database);
        var importer = new Importer(services.GetRequiredService<IServiceScopeFactory>());
        var files = Importer.Expand(paths);
        var results = new List<ImportResult>();
        for (var i = 0; i < files.Count; i++)
        {
            Console.WriteLine($"[{i + 1}/{files.Count}] {files[i]}");
            await foreach (var result in importer.ImportAsync(files[i], cancellationToken))
            {
                Console.WriteLine($"  {Word(result.Outcome)}: {result.Detail}");
                results.Add(result);
            }
        }

        var failed = results.Where(r => r.Outcome == ImportOutcome.Failed).ToList();
        Console.WriteLine($"Imported {results.Count}: {results.Count(r => r.Outcome == ImportOutcome.New)} new, " +
            $"{results.Count(r => r.Outcome == ImportOutcome.AlreadySaved)} already saved, {failed.Count} failed.");
        foreach (var failure in failed)
        {
            Console.WriteLine($"  failed: {failure.Source}: {failure.Detail}");
        }

        return failed.Count == 0 ? 0 : 1;
    }

    private static string Word(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.New => "new",
        ImportOutcome.AlreadySaved => "already saved",
        _ => "failed",
    };
}
