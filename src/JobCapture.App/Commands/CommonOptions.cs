using System.CommandLine;
using JobCapture.App.Hosting;

namespace JobCapture.App.Commands;

internal static class CommonOptions
{
    public static Option<string> DataDirectory() => new("--data-dir")
    {
        Description = "Folder for the database, pairing token and logs",
        DefaultValueFactory = _ => Hosting.DataDirectory.Default(),
    };

    public static Option<int> Port(string description) => new("--port")
    {
        Description = description,
        DefaultValueFactory = _ => ServiceOptions.DefaultPort,
    };
}
