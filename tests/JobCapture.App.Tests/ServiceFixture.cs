using System.Net.Http.Headers;
using JobCapture.App.Hosting;
using JobCapture.App.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace JobCapture.App.Tests;

/// <summary>Starts the real service on a random loopback port with a fresh data directory, once per fixture.
/// Tests talk to it over real HTTP.</summary>
public abstract class ServiceFixture
{
    protected WebApplication App { get; private set; } = null!;
    protected string DataDirectory { get; private set; } = null!;
    protected string Token { get; private set; } = null!;
    protected Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client that presents the pairing token.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>A client with no token, like any other program on the machine.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        DataDirectory = Directory.CreateTempSubdirectory("jobcapture-test-").FullName;
        App = await ServiceHost.StartAsync(Configure(new ServiceOptions { Port = 0, DataDirectory = DataDirectory, ConsoleLogging = false }));
        BaseAddress = App.BaseAddress();
        Token = App.Services.GetRequiredService<PairingToken>().Value;
        Client = new HttpClient { BaseAddress = BaseAddress };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Anonymous = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Fixtures that need other limits or settings change them here.</summary>
    protected virtual ServiceOptions Configure(ServiceOptions options) => options;

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        Anonymous.Dispose();
        await App.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
