using System.CommandLine;
using JobCapture.App.Captures;
using JobCapture.App.Hosting;

namespace JobCapture.App.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port("Loopback port to listen on");
        var dataDirectory = CommonOptions.DataDirectory();
        var demo = new Option<bool>("--demo") { Description = "Load the demo postings from seeds/ so the dashboard has something to show" };
        var region = CommonOptions.Region();
        var database = CommonOptions.Database();
        var command = new Command("serve", "Run the companion service and its dashboard on 127.0.0.1") { port, dataDirectory, demo, region, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServiceOptions
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(dataDirectory)!,
                Database = parse.GetValue(database),
                LoadDemo = parse.GetValue(demo),
                Analysis = AnalysisSettings.ForRegion(parse.GetValue(region)!),
            };
            await using var app = await ServiceHost.StartAsync(options, cancellationToken);
            Console.WriteLine($"JobCapture is running: open {app.BaseAddress()} (data in {app.Services.GetRequiredService<Storage.DatabaseTarget>()}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
