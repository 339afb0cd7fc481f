using System.Text;

namespace JobCapture.App.Installation;

/// <summary>Linux: a systemd user unit, started with the user's session (default.target) and restarted if it fails.</summary>
public static class SystemdUserUnit
{
    public const string FileName = LoginService.Name + ".service";

    public static LoginService Create(IReadOnlyList<string> serveCommand, string unitPath) => new(
        unitPath,
        Text(serveCommand),
        [["systemctl", "--user", "daemon-reload"], ["systemctl", "--user", "enable", "--now", FileName]],
        [["systemctl", "--user", "disable", "--now", FileName]]);

    public static string Text(IReadOnlyList<string> serveCommand) => $"""
        [Unit]
        Description=JobCapture companion service (saved job postings, on 127.0.0.1)

        [Service]
        Type=simple
        ExecStart={string.Join(' ', serveCommand.Select(Quote))}
        Restart=on-failure
        RestartSec=5

        [Install]
        WantedBy=default.target

        """;

    /// <summary>systemd's own quoting: double quotes with backslash escapes; % starts a specifier, so it is doubled.</summary>
    public static string Quote(string argument)
    {
        var escaped = new StringBuilder();
        foreach (var character in argument)
        {
            escaped.Append(character switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '%' => "%%",
                _ => character.ToString(),
            });
        }

        return argument.Length > 0 && argument.All(character => char.IsAsciiLetterOrDigit(character) || "/._-+=:,@".Contains(character))
            ? escaped.ToString()
            : $"\"{escaped}\"";
    }
}
