using System.CommandLine;
using JobCapture.App.Hosting;

namespace JobCapture.App.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port("Loopback port to listen on");
        var dataDirectory = CommonOptions.DataDirectory();
        var demo = new Option<bool>("--demo") { Description = "Load the demo postings from seeds/ so the dashboard has something to show" };
        var command = new Command("serve", "Run the companion service and its dashboard on 127.0.0.1") { port, dataDirectory, demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServiceOptions
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(dataDirectory)!,
                LoadDemo = parse.GetValue(demo),
            };
            await using var app = await ServiceHost.StartAsync(options, cancellationToken);
            Console.WriteLine($"JobCapture is running: open {app.BaseAddress()} (data in {Path.GetFullPath(options.DataDirectory)}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
