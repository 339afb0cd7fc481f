using System.CommandLine;
using JobCapture.App.Doctor;

namespace JobCapture.App.Commands;

internal static class DoctorCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port("The port the service should answer on");
        var dataDirectory = CommonOptions.DataDirectory();
        var command = new Command("doctor", "Check the service, the data folder, the database, the token, the browser and the extension; one line each") { port, dataDirectory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parse.GetValue(dataDirectory)!);
            var findings = await new DoctorChecks(folder, parse.GetValue(port), TimeProvider.System).RunAsync(cancellationToken);
            foreach (var finding in findings)
            {
                Console.WriteLine(finding);
            }

            return findings.Any(finding => finding.Outcome == DoctorOutcome.Fix) ? 1 : 0;
        });
        return command;
    }
}
