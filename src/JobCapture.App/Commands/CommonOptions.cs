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
}
