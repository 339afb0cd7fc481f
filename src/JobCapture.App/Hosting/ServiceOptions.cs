using System.Net;
using JobCapture.App.Captures;
using JobCapture.App.Security;

namespace JobCapture.App.Hosting;

/// <summary>How the companion service is started (from the command line or a test).</summary>
public sealed record ServiceOptions
{
    public const int DefaultPort = 5817;

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The separate origin captured pages are shown from: by default the port after <see cref="Port"/>,
    /// or a free port when <see cref="Port"/> is 0.</summary>
    public int? SnapshotPort { get; init; }

    public int EffectiveSnapshotPort => SnapshotPort ?? (Port == 0 ? 0 : Port + 1);

    public required string DataDirectory { get; init; }

    /// <summary>A PostgreSQL connection string; null keeps the data in the SQLite file of <see cref="DataDirectory"/>
    /// (unless JOBCAPTURE_DATABASE names a server).</summary>
    public string? Database { get; init; }

    public bool LoadDemo { get; init; }

    /// <summary>An address to listen on instead of loopback (a shared server); needs <see cref="Certificate"/>.</summary>
    public IPAddress? ListenAddress { get; init; }

    /// <summary>Host names the service answers to besides the loopback ones (the Host allowlist).</summary>
    public IReadOnlyList<string> HostNames { get; init; } = [];

    /// <summary>The TLS certificate (PEM with <see cref="CertificateKey"/>, or PKCS#12) for HTTPS.</summary>
    public string? Certificate { get; init; }

    public string? CertificateKey { get; init; }

    /// <summary>A reverse proxy whose X-Forwarded-Proto and X-Forwarded-For are believed (see <see cref="Security.TrustedProxy"/>).</summary>
    public IPAddress? TrustedProxy { get; init; }

    /// <summary>A shared server (reachable beyond loopback, or by another name through a proxy): the dashboard needs a
    /// sign-in, since the machine no longer stands for its user.</summary>
    public bool RequiresSignIn => ListenAddress is not null || HostNames.Count > 0 || TrustedProxy is not null;

    /// <summary>Requests larger than this are answered 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; init; } = 15 * 1024 * 1024;

    /// <summary>A capture's whole body must arrive within this time (408 otherwise), before it takes a capture slot.</summary>
    public TimeSpan BodyReadDeadline { get; init; } = TimeSpan.FromSeconds(30);

    public AnalysisSettings Analysis { get; init; } = new();

    /// <summary>Extension ids (chrome-extension://ID) allowed to call the API besides JobCapture's own.</summary>
    public IReadOnlyList<string> ExtraExtensionIds { get; init; } = [];

    public CaptureLimitOptions CaptureLimits { get; init; } = new();

    public bool ConsoleLogging { get; init; } = true;

    /// <summary>
    /// Serves captured pages without the iframe sandbox and the snapshot origin's Content-Security-Policy, and lets the
    /// dashboard's frame go anywhere, so the browser tests can show that a hostile page's tricks do fire without them. Internal: only the test host sets it;
    /// no command-line option or setting reaches it.
    /// </summary>
    internal bool SnapshotDefencesOffForTests { get; init; }
}
