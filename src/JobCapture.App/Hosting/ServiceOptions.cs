namespace JobCapture.App.Hosting;

/// <summary>How the companion service is started (from the command line or a test).</summary>
public sealed record ServiceOptions
{
    public const int DefaultPort = 5817;

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    public required string DataDirectory { get; init; }

    public bool LoadDemo { get; init; }

    /// <summary>Requests larger than this are answered 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; init; } = 15 * 1024 * 1024;

    /// <summary>Extension ids (chrome-extension://ID) allowed to call the API besides JobCapture's own.</summary>
    public IReadOnlyList<string> ExtraExtensionIds { get; init; } = [];

    public bool ConsoleLogging { get; init; } = true;
}
