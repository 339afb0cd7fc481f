using System.Text.RegularExpressions;

namespace JobCapture.Core.Identity;

/// <summary>Reads a job's own id out of the URL of a job board or applicant tracking system.</summary>
internal sealed class JobBoards
{
    private readonly Board[] _boards;

    private JobBoards(IEnumerable<BoardPattern> patterns) => _boards = patterns.Select(Board.From).ToArray();

    public static JobBoards Default { get; } = new(IdentityData.Default.Boards);

    public BoardJobId? IdIn(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        foreach (var board in _boards)
        {
            if (board.IdIn(host, uri) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="url"/> is on the host of one of the boards named <paramref name="names"/>.</summary>
    public bool HostIsOneOf(string url, IReadOnlyCollection<string> names) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && _boards.Any(board => board.Host is not null && names.Contains(board.Name) && board.Host.IsMatch(uri.Host.ToLowerInvariant()));

    /// <summary>The label of the board whose own host <paramref name="url"/> is on, or null on any other host.</summary>
    public string? LabelOfHost(Uri url) =>
        _boards.FirstOrDefault(board => board.Host is not null && board.Host.IsMatch(url.Host.ToLowerInvariant()))?.Label;

    private sealed record Board(string Name, string Label, Regex? Host, Regex? Path, string[] Query)
    {
        public static Board From(BoardPattern pattern) => new(
            pattern.Name,
            pattern.Label,
            pattern.Host.Length == 0 ? null : Compile(pattern.Host),
            pattern.Path is null ? null : Compile(pattern.Path),
            pattern.Query ?? []);

        public BoardJobId? IdIn(string host, Uri uri)
        {
            var hostMatch = Host?.Match(host);
            if (hostMatch is { Success: false })
            {
                return null;
            }

            var hostTenant = hostMatch?.Groups["tenant"] is { Success: true } tenant ? tenant.Value : "";
            if (Path?.Match(Uri.UnescapeDataString(uri.AbsolutePath)) is { Success: true } path)
            {
                var tenantInPath = path.Groups["tenant"] is { Success: true } t ? t.Value.ToLowerInvariant() : hostTenant;
                return new BoardJobId(Name, tenantInPath, path.Groups["id"].Value);
            }

            return QueryValue(uri) is { } id ? new BoardJobId(Name, "", id) : null;
        }

        private string? QueryValue(Uri uri)
        {
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]).Trim();
                if (value.Length > 0 && Query.Contains(PostingIdentity.ParameterName(pair), StringComparer.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }

        private static Regex Compile(string pattern) =>
            new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
    }
}

/// <summary>A job's id on a board; <see cref="Tenant"/> names the board's customer where ids are only unique per customer.</summary>
internal sealed record BoardJobId(string Board, string Tenant, string Id)
{
    public string Key => Tenant.Length > 0 ? $"{Board}:{Tenant}/{Id}" : $"{Board}:{Id}";
}
