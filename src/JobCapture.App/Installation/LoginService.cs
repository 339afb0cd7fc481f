namespace JobCapture.App.Installation;

/// <summary>
/// What registering JobCapture to start at login means on one platform: a file to write (a systemd user unit, a
/// LaunchAgent or a Scheduled Task definition) and the commands that make the platform pick it up, and undo it.
/// </summary>
public sealed record LoginService(string FilePath, string FileText, IReadOnlyList<string[]> InstallCommands, IReadOnlyList<string[]> UninstallCommands)
{
    /// <summary>schtasks reads its XML as UTF-16; the other files are UTF-8.</summary>
    public System.Text.Encoding FileEncoding { get; init; } = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public const string Name = "jobcapture";

    /// <summary>The registration for this machine's platform; <paramref name="serveCommand"/> is the program and its
    /// arguments that run the service (e.g. ["/opt/jobcapture/jobcapture", "serve", "--port", "5817", …]).</summary>
    public static LoginService ForThisPlatform(IReadOnlyList<string> serveCommand, string dataDirectory)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return ScheduledTask.Create(serveCommand, Path.Combine(dataDirectory, ScheduledTask.FileName), $"{Environment.UserDomainName}\\{Environment.UserName}");
        }

        if (OperatingSystem.IsMacOS())
        {
            return LaunchAgent.Create(serveCommand, Path.Combine(home, "Library", "LaunchAgents", LaunchAgent.Label + ".plist"), dataDirectory);
        }

        var configHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");
        return SystemdUserUnit.Create(serveCommand, Path.Combine(configHome, "systemd", "user", SystemdUserUnit.FileName));
    }
}
