using System.Globalization;

namespace JobCapture.ServerLoad;

internal sealed record Engine(string Name, string? PostgresServer);

internal sealed record LoadSettings(int Users, int Postings, int Clients, int Seconds, int WarmUpSeconds, double CaptureShare, IReadOnlyList<Engine> Engines)
{
    public static LoadSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var engines = new List<Engine> { new("SQLite (local file)", null) };
        if (Value("--postgres") is { } server)
        {
            engines.Add(new Engine("PostgreSQL 15", server));
        }

        return new LoadSettings(Number("--users", 20), Number("--postings", 1000), Number("--clients", 16), Number("--seconds", 30), Number("--warm-up", 10), 0.25, engines);
    }
}
