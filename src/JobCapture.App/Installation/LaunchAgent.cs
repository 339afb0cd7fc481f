using System.Xml.Linq;

namespace JobCapture.App.Installation;

/// <summary>macOS: a LaunchAgent, loaded at login (RunAtLoad) and started again if it stops with an error.</summary>
public static class LaunchAgent
{
    public const string Label = "com.jobcapture.service";

    public static LoginService Create(IReadOnlyList<string> serveCommand, string plistPath, string dataDirectory) => new(
        plistPath,
        Text(serveCommand, Path.Combine(dataDirectory, "logs", "launchd.log")),
        [["launchctl", "load", "-w", plistPath]],
        [["launchctl", "unload", "-w", plistPath]]);

    public static string Text(IReadOnlyList<string> serveCommand, string logPath)
    {
        var plist = new XDocument(
            new XDocumentType("plist", "-//Apple//DTD PLIST 1.0//EN", "http://www.apple.com/DTDs/PropertyList-1.0.dtd", null),
            new XElement("plist", new XAttribute("version", "1.0"),
                new XElement("dict",
                    Key("Label"), new XElement("string", Label),
                    Key("ProgramArguments"), new XElement("array", serveCommand.Select(argument => new XElement("string", argument))),
                    Key("RunAtLoad"), new XElement("true"),
                    Key("KeepAlive"), new XElement("dict", Key("SuccessfulExit"), new XElement("false")),
                    Key("StandardErrorPath"), new XElement("string", logPath))));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + plist + "\n";
    }

    private static XElement Key(string name) => new("key", name);
}
