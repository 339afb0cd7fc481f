namespace JobCapture.App.Security;

/// <summary>
/// The browser origins allowed to call the API. JobCapture's extension has a fixed id (its manifest carries a public
/// key), so its origin is matched exactly: "chrome-extension://ID.evil" or a prefix of the id never passes.
/// </summary>
public sealed class ExtensionOrigins
{
    public const string JobCaptureExtensionId = "jklkifafnejdjibillagaaiojakiojdk";

    private readonly HashSet<string> _allowed;

    public ExtensionOrigins(IEnumerable<string> extraIds) =>
        _allowed = extraIds.Append(JobCaptureExtensionId)
            .Select(id => "chrome-extension://" + id)
            .ToHashSet(StringComparer.Ordinal);

    public bool IsAllowed(string origin) => _allowed.Contains(origin);
}
