namespace JobCapture.App.Security;

/// <summary>
/// The browser origins allowed to call the API. In Chromium-family browsers JobCapture's extension has a fixed id (its
/// manifest carries a public key), so its origin is matched exactly: "chrome-extension://ID.evil" or a prefix of the
/// id never passes. Firefox gives every install its own moz-extension://UUID, so such an origin is accepted once it has
/// paired (presented the token from the extension's options page) and is remembered in the data folder.
/// </summary>
public sealed class ExtensionOrigins
{
    public const string JobCaptureExtensionId = "jklkifafnejdjibillagaaiojakiojdk";
    public const string PairedFileName = "paired-extensions";

    private const string FirefoxScheme = "moz-extension://";

    private readonly HashSet<string> _fixed;
    private readonly string _pairedFile;
    private readonly Lock _pairing = new();
    private HashSet<string> _paired;

    public ExtensionOrigins(IEnumerable<string> extraIds, string dataDirectory)
    {
        _fixed = extraIds.Append(JobCaptureExtensionId)
            .Select(id => "chrome-extension://" + id)
            .ToHashSet(StringComparer.Ordinal);
        _pairedFile = Path.Combine(dataDirectory, PairedFileName);
        _paired = ReadPaired(_pairedFile);
    }

    public bool IsAllowed(string origin) => _fixed.Contains(origin) || _paired.Contains(origin);

    /// <summary>A Firefox extension origin in its canonical form: moz-extension:// and a lower-case UUID, nothing else.</summary>
    public static bool IsPairable(string origin) =>
        origin.StartsWith(FirefoxScheme, StringComparison.Ordinal)
        && Guid.TryParseExact(origin[FirefoxScheme.Length..], "D", out var id)
        && string.Equals(id.ToString("D"), origin[FirefoxScheme.Length..], StringComparison.Ordinal);

    /// <summary>Remembers a pairable origin (the caller has checked the token). Answers false when it was known.</summary>
    public bool Pair(string origin)
    {
        if (!IsPairable(origin))
        {
            throw new ArgumentException("Only moz-extension origins pair.", nameof(origin));
        }

        lock (_pairing)
        {
            if (_paired.Contains(origin))
            {
                return false;
            }

            var paired = new HashSet<string>(_paired, StringComparer.Ordinal) { origin };
            OwnerOnlyFile.Write(_pairedFile, string.Join('\n', paired.Order(StringComparer.Ordinal)) + "\n");
            _paired = paired;
            return true;
        }
    }

    private static HashSet<string> ReadPaired(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Select(line => line.Trim()).Where(IsPairable).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
}
