using System.Net;
using System.Net.Sockets;
using JobCapture.App.Health;
using JobCapture.Storage;

namespace JobCapture.App.Tests;

/// <summary>`jobcapture doctor` against a real service process, a stopped one, and a stranger on the port.</summary>
public class DoctorTests
{
    private string _dataDirectory = "";

    [SetUp]
    public void MakeDataDirectory() => _dataDirectory = Directory.CreateTempSubdirectory("jobcapture-doctor-").FullName;

    [TearDown]
    public void RemoveDataDirectory() => Directory.Delete(_dataDirectory, recursive: true);

    private Task<CommandLine.Result> DoctorAsync(int port) =>
        CommandLine.RunAsync("", "doctor", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data-dir", _dataDirectory);

    private static string Line(CommandLine.Result result, string check) =>
        result.Output.Split('\n').Single(line => line.Length > 6 && line[6..].StartsWith(check + " ", StringComparison.Ordinal));

    [Test]
    public async Task With_the_service_running_every_check_has_its_own_line_and_the_service_ones_are_ok()
    {
        var port = ServiceProcess.FreePortPair();
        using var service = await ServiceProcess.StartAsync(_dataDirectory, port);
        using var extension = new HttpClient { BaseAddress = service.BaseAddress };
        extension.DefaultRequestHeaders.Add(ExtensionActivity.ClientHeader, "extension/1.0.0");
        (await extension.GetAsync("/api/health")).EnsureSuccessStatusCode();

        var result = await DoctorAsync(port);

        Assert.That(result.Output.Trim().Split('\n'), Has.Length.EqualTo(6), result.Output);
        foreach (var check in new[] { "service", "data", "database", "token", "extension" })
        {
            Assert.That(Line(result, check), Does.StartWith("ok "), result.Output);
        }

        Assert.That(Line(result, "extension"), Does.Contain("last called less than a minute ago"));
        Assert.That(result.ExitCode, Is.EqualTo(Line(result, "browser").StartsWith("ok ", StringComparison.Ordinal) ? 0 : 1));
    }

    [Test]
    public async Task With_the_service_down_doctor_says_how_to_start_it_and_exits_non_zero()
    {
        var result = await DoctorAsync(ServiceProcess.FreePortPair());

        Assert.That(Line(result, "service"), Does.StartWith("fix ").And.Contain("jobcapture serve"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task Another_program_on_the_port_is_named_as_the_problem()
    {
        var port = ServiceProcess.FreePortPair();
        using var stranger = new HttpListener();
        stranger.Prefixes.Add($"http://127.0.0.1:{port}/");
        stranger.Start();
        var answering = AnswerOnceAsync(stranger);

        var result = await DoctorAsync(port);
        await answering;

        Assert.That(Line(result, "service"), Does.StartWith("fix ").And.Contain("another program holds port"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_data_folder_other_users_can_read_and_a_damaged_database_are_reported()
    {
        File.SetUnixFileMode(_dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await File.WriteAllTextAsync(Path.Combine(_dataDirectory, StorageSetup.DatabaseFileName), new string('x', 8192));

        var result = await DoctorAsync(ServiceProcess.FreePortPair());

        Assert.That(Line(result, "data"), Does.StartWith("fix ").And.Contain("chmod 700"));
        Assert.That(Line(result, "database"), Does.StartWith("fix ").And.Contain("damaged"));
    }

    [Test]
    public async Task The_service_records_when_the_extension_called_and_not_when_another_client_did()
    {
        using var service = await ServiceProcess.StartAsync(_dataDirectory, ServiceProcess.FreePortPair());
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        var record = Path.Combine(_dataDirectory, ExtensionActivity.FileName);

        (await client.GetAsync("/api/health")).EnsureSuccessStatusCode();
        var afterOtherClient = File.Exists(record);
        using var fromExtension = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        fromExtension.Headers.Add(ExtensionActivity.ClientHeader, "extension/1.0.0");
        (await client.SendAsync(fromExtension)).EnsureSuccessStatusCode();

        Assert.That(afterOtherClient, Is.False);
        Assert.That(ExtensionActivity.LastCall(_dataDirectory), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    private static async Task AnswerOnceAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        context.Response.StatusCode = 200;
        await context.Response.OutputStream.WriteAsync("hello from something else"u8.ToArray());
        context.Response.Close();
    }
}
