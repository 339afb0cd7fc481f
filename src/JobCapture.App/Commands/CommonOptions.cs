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

    public static Option<int> Port(string description) => new("--port")
    {
        Description = description,
        DefaultValueFactory = _ => ServiceOptions.DefaultPort,
    };
}
