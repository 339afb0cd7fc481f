namespace JobCapture.Core.Tests;

/// <summary>Pages and tables we wrote ourselves, in this project's Fixtures folder, named after their test.</summary>
internal static class Fixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));
}
