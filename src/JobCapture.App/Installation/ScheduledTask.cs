using System.Xml.Linq;

namespace JobCapture.App.Installation;

/// <summary>
/// Windows: a Scheduled Task that starts at the user's logon, with the user's rights, without the default 72-hour
/// time limit, and is restarted if it fails. schtasks reads the definition from an XML file.
/// </summary>
public static class ScheduledTask
{
    public const string TaskName = "JobCapture";
    public const string FileName = "jobcapture-task.xml";

    private static readonly XNamespace Task = "http://schemas.microsoft.com/windows/2004/02/mit/task";

    public static LoginService Create(IReadOnlyList<string> serveCommand, string xmlPath, string user) => new(
        xmlPath,
        Text(serveCommand, user),
        [["schtasks", "/Create", "/TN", TaskName, "/XML", xmlPath, "/F"], ["schtasks", "/Run", "/TN", TaskName]],
        [["schtasks", "/End", "/TN", TaskName], ["schtasks", "/Delete", "/TN", TaskName, "/F"]])
    {
        FileEncoding = System.Text.Encoding.Unicode,
    };

    public static string Text(IReadOnlyList<string> serveCommand, string user)
    {
        var task = new XDocument(
            new XElement(Task + "Task", new XAttribute("version", "1.2"),
                new XElement(Task + "RegistrationInfo", new XElement(Task + "Description", "JobCapture companion service (saved job postings, on 127.0.0.1)")),
                new XElement(Task + "Triggers",
                    new XElement(Task + "LogonTrigger", new XElement(Task + "Enabled", "true"), new XElement(Task + "UserId", user))),
                new XElement(Task + "Principals",
                    new XElement(Task + "Principal", new XAttribute("id", "Author"),
                        new XElement(Task + "UserId", user),
                        new XElement(Task + "LogonType", "InteractiveToken"),
                        new XElement(Task + "RunLevel", "LeastPrivilege"))),
                new XElement(Task + "Settings",
                    new XElement(Task + "MultipleInstancesPolicy", "IgnoreNew"),
                    new XElement(Task + "DisallowStartIfOnBatteries", "false"),
                    new XElement(Task + "StopIfGoingOnBatteries", "false"),
                    new XElement(Task + "ExecutionTimeLimit", "PT0S"),
                    new XElement(Task + "RestartOnFailure", new XElement(Task + "Interval", "PT1M"), new XElement(Task + "Count", "3"))),
                new XElement(Task + "Actions", new XAttribute("Context", "Author"),
                    new XElement(Task + "Exec",
                        new XElement(Task + "Command", serveCommand[0]),
                        new XElement(Task + "Arguments", string.Join(' ', serveCommand.Skip(1).Select(QuoteForWindows)))))));
        return "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + task + "\n";
    }

    /// <summary>Quotes an argument the way Windows programs split their command line (CommandLineToArgvW).</summary>
    public static string QuoteForWindows(string argument)
    {
        if (argument.Length > 0 && !argument.Any(character => char.IsWhiteSpace(character) || character == '"'))
        {
            return argument;
        }

        var quoted = new System.Text.StringBuilder("\"");
        var backslashes = 0;
        foreach (var character in argument)
        {
            if (character == '\\')
            {
                backslashes++;
                continue;
            }

            quoted.Append('\\', character == '"' ? backslashes * 2 + 1 : backslashes).Append(character);
            backslashes = 0;
        }

        return quoted.Append('\\', backslashes * 2).Append('"').ToString();
    }
}
