namespace JobCapture.App.Tests;

/// <summary>The service's log files as they are now (the service keeps them open for writing).</summary>
internal static class ServiceLogs
{
    public static string Read(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "logs");
        if (!Directory.Exists(folder))
        {
            return "";
        }

        return string.Concat(Directory.EnumerateFiles(folder).Order().Select(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    /// <summary>The log once it contains <paramref name="expected"/> (request lines are written after the answer),
    /// or as it is after a few seconds.</summary>
    public static async Task<string> WaitForAsync(string dataDirectory, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var log = Read(dataDirectory);
        while (!log.Contains(expected, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            log = Read(dataDirectory);
        }

        return log;
    }
}
