using System.CommandLine;
using JobCapture.App.Hosting;
using JobCapture.Core;

namespace JobCapture.App.Commands;

internal static class CommonOptions
{
    public static Option<string> DataDirectory() => new("--data-dir")
    {
        Description = "Folder for the database, pairing token and logs",
        DefaultValueFactory = _ => Hosting.DataDirectory.Default(),
    };

    /// <summary>The analyzer's settings, taken alike by every command that analyses pages.</summary>
    public static Option<string> Region() => new("--region")
    {
        Description = "Phone region for numbers without a country code",
        DefaultValueFactory = _ => AnalyzerOptions.CreateDefault().DefaultRegion,
    };

    public static Option<string?> Database() => new("--database")
    {
        Description = "PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…); default: JOBCAPTURE_DATABASE, else the SQLite file in the data folder",
    };

    /// <summary>The database <paramref name="parse"/> names: --database, else JOBCAPTURE_DATABASE, else the SQLite
    /// file of --data-dir (whose folder is made if need be).</summary>
    public static Storage.DatabaseTarget ChosenDatabase(ParseResult parse, Option<string?> database, Option<string> dataDirectory)
    {
        var chosen = Storage.DatabaseTarget.Choose(parse.GetValue(database), Path.GetFullPath(parse.GetValue(dataDirectory)!));
        if (chosen.IsSqlite)
        {
            Hosting.DataDirectory.Ensure(parse.GetValue(dataDirectory)!);
        }

        return chosen;
    }

    public static Option<int> Port(string description) => new("--port")
    {
        Description = description,
        DefaultValueFactory = _ => ServiceOptions.DefaultPort,
    };
}
