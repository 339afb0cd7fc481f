using System.CommandLine;
using System.Diagnostics;
using JobCapture.App.Hosting;
using JobCapture.App.Installation;

namespace JobCapture.App.Commands;

/// <summary><c>install</c> and <c>uninstall</c>: start the service at every login of this user, or stop doing so.</summary>
internal static class InstallCommands
{
    public static Command Install()
    {
        var port = CommonOptions.Port("Loopback port the service will listen on");
        var dataDirectory = CommonOptions.DataDirectory();
        var dryRun = DryRun();
        var command = new Command("install", "Start the service at every login (systemd user unit, LaunchAgent or Scheduled Task)") { port, dataDirectory, dryRun };
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(dataDirectory)!);
            var service = LoginService.ForThisPlatform(ServeCommandLine(parse.GetValue(port), folder), folder);
            if (parse.GetValue(dryRun))
            {
                Console.WriteLine($"Would write {service.FilePath}:\n\n{service.FileText}");
                PrintCommands("Would run", service.InstallCommands);
                return 0;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(service.FilePath)!);
            File.WriteAllText(service.FilePath, service.FileText, service.FileEncoding);
            Console.WriteLine($"Wrote {service.FilePath}");
            return RunAll(service.InstallCommands);
        });
        return command;
    }

    public static Command Uninstall()
    {
        var dataDirectory = CommonOptions.DataDirectory();
        var dryRun = DryRun();
        var command = new Command("uninstall", "Stop starting the service at login and remove what install wrote") { dataDirectory, dryRun };
        command.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(dataDirectory)!);
            var service = LoginService.ForThisPlatform(ServeCommandLine(ServiceOptions.DefaultPort, folder), folder);
            if (parse.GetValue(dryRun))
            {
                PrintCommands("Would run", service.UninstallCommands);
                Console.WriteLine($"Would remove {service.FilePath}");
                return 0;
            }

            var status = RunAll(service.UninstallCommands);
            File.Delete(service.FilePath);
            Console.WriteLine($"Removed {service.FilePath}");
            return status;
        });
        return command;
    }

    /// <summary>This very program: a published build runs itself, a build from a clone runs under dotnet.</summary>
    internal static IReadOnlyList<string> ServeCommandLine(int port, string dataDirectory)
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var runsUnderDotnet = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        IEnumerable<string> program = runsUnderDotnet ? [process, Path.Combine(AppContext.BaseDirectory, "jobcapture.dll")] : [process];
        return [.. program, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", dataDirectory];
    }

    private static Option<bool> DryRun() => new("--dry-run") { Description = "Print what would be written and run, change nothing" };

    private static void PrintCommands(string heading, IEnumerable<string[]> commands)
    {
        foreach (var command in commands)
        {
            Console.WriteLine($"{heading}: {string.Join(' ', command)}");
        }
    }

    private static int RunAll(IEnumerable<string[]> commands)
    {
        foreach (var command in commands)
        {
            Console.WriteLine("Running: " + string.Join(' ', command));
            try
            {
                using var process = Process.Start(new ProcessStartInfo(command[0], command.Skip(1)))!;
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine($"{command[0]} failed with exit code {process.ExitCode}.");
                    return 1;
                }
            }
            catch (System.ComponentModel.Win32Exception error)
            {
                Console.Error.WriteLine($"Could not run {command[0]}: {error.Message}");
                return 1;
            }
        }

        return 0;
    }
}
