using System.CommandLine;
using JobCapture.App.Security;

namespace JobCapture.App.Commands;

internal static class TokenCommand
{
    public static Command Create()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var command = new Command("token", "Print the pairing token the browser extension needs (made on first use)") { dataDirectory };
        command.SetAction(parse =>
        {
            var folder = Hosting.DataDirectory.Ensure(parse.GetValue(dataDirectory)!);
            Console.WriteLine(PairingToken.LoadOrCreate(folder).Value);
            return 0;
        });
        return command;
    }
}
