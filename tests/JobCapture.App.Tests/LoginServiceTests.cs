using System.Xml.Linq;
using JobCapture.App.Installation;

namespace JobCapture.App.Tests;

/// <summary>The files `jobcapture install` writes to start the service at login, on each platform.</summary>
public class LoginServiceTests
{
    private static readonly string[] Serve = ["/opt/Job Capture/jobcapture", "serve", "--port", "5817", "--data-dir", "/home/ann/100% mine"];

    [Test]
    public void The_systemd_unit_starts_the_service_with_the_session_and_quotes_its_arguments()
    {
        var unit = SystemdUserUnit.Text(Serve);

        Assert.That(unit, Does.Contain("ExecStart=\"/opt/Job Capture/jobcapture\" serve --port 5817 --data-dir \"/home/ann/100%% mine\"\n"));
        Assert.That(unit, Does.Contain("WantedBy=default.target"));
        Assert.That(unit, Does.Contain("Restart=on-failure"));
    }

    [TestCase("plain/path", "plain/path")]
    [TestCase("with space", "\"with space\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase(@"back\slash", "\"back\\\\slash\"")]
    public void Systemd_arguments_are_quoted_the_way_systemd_reads_them(string argument, string expected)
    {
        Assert.That(SystemdUserUnit.Quote(argument), Is.EqualTo(expected));
    }

    [Test]
    public void The_launch_agent_runs_at_load_with_each_argument_in_its_own_string()
    {
        var plist = XDocument.Parse(LaunchAgent.Text(Serve, "/tmp/launchd.log"));
        var dict = plist.Root!.Element("dict")!;
        var keys = dict.Elements("key").Select(key => key.Value).ToList();

        Assert.That(keys, Is.EquivalentTo(new[] { "Label", "ProgramArguments", "RunAtLoad", "KeepAlive", "StandardErrorPath" }));
        Assert.That(dict.Element("array")!.Elements("string").Select(element => element.Value), Is.EqualTo(Serve));
        Assert.That(plist.DocumentType!.Name, Is.EqualTo("plist"));
        Assert.That(((XElement)dict.Elements("key").Single(key => key.Value == "RunAtLoad").NextNode!).Name.LocalName, Is.EqualTo("true"));
    }

    [Test]
    public void The_scheduled_task_starts_at_the_users_logon_without_a_time_limit()
    {
        var task = XDocument.Parse(ScheduledTask.Text([@"C:\Program Files\JobCapture\jobcapture.exe", "serve", "--data-dir", @"C:\Users\Ann Lee\AppData\Local\JobCapture"], @"PC\ann"));
        XNamespace ns = "http://schemas.microsoft.com/windows/2004/02/mit/task";

        Assert.That(task.Descendants(ns + "LogonTrigger").Single().Element(ns + "UserId")!.Value, Is.EqualTo(@"PC\ann"));
        Assert.That(task.Descendants(ns + "ExecutionTimeLimit").Single().Value, Is.EqualTo("PT0S"));
        Assert.That(task.Descendants(ns + "Command").Single().Value, Is.EqualTo(@"C:\Program Files\JobCapture\jobcapture.exe"));
        Assert.That(task.Descendants(ns + "Arguments").Single().Value, Is.EqualTo(@"serve --data-dir ""C:\Users\Ann Lee\AppData\Local\JobCapture"""));
        Assert.That(task.Descendants(ns + "RunLevel").Single().Value, Is.EqualTo("LeastPrivilege"));
    }

    [TestCase("plain", "plain")]
    [TestCase("two words", "\"two words\"")]
    [TestCase(@"C:\dir with space\", @"""C:\dir with space\\""")]
    [TestCase(@"say ""hi""", @"""say \""hi\""""")]
    public void Windows_arguments_are_quoted_the_way_programs_split_them(string argument, string expected)
    {
        Assert.That(ScheduledTask.QuoteForWindows(argument), Is.EqualTo(expected));
    }

    [Test]
    [Platform(Include = "Linux")]
    public async Task Install_dry_run_prints_the_unit_it_would_write_and_the_commands_it_would_run()
    {
        var result = await CommandLine.RunAsync("", "install", "--dry-run", "--port", "5999", "--data-dir", "/tmp/jobcapture-dry-run");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Output, Does.Contain("Would write ").And.Contain("ExecStart=").And.Contain("serve --port 5999 --data-dir /tmp/jobcapture-dry-run"));
        Assert.That(result.Output, Does.Contain("Would run: systemctl --user enable --now jobcapture.service"));
        Assert.That(Directory.Exists("/tmp/jobcapture-dry-run"), Is.False);
    }
}
