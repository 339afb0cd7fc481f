using System.CommandLine;
using JobCapture.App.Calendar;
using JobCapture.App.Hosting;

namespace JobCapture.App.Commands;

/// <summary><c>jobcapture calendar</c>: prints the address of the calendar feed (made on first use).</summary>
internal static class CalendarCommand
{
    public static Command Create()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var port = new Option<int>("--port") { Description = "The port the service runs on", DefaultValueFactory = _ => ServiceOptions.DefaultPort };
        var newKey = new Option<bool>("--new-key") { Description = "Make a new feed address; the old one stops working" };
        var command = new Command("calendar", "Print the calendar feed address of follow-ups and deadlines") { dataDirectory, port, newKey };
        command.SetAction(parse =>
        {
            var key = new CalendarFeedKey(Hosting.DataDirectory.Ensure(parse.GetValue(dataDirectory)!));
            if (parse.GetValue(newKey))
            {
                key.Renew();
            }

            Console.WriteLine(key.FeedUrl($"http://127.0.0.1:{parse.GetValue(port)}"));
            return 0;
        });
        return command;
    }
}
