using System.Reflection;

namespace JobCapture.App.Hosting;

public static class ServiceVersion
{
    public const string HeaderName = "X-JobCapture-Version";

    public static string Current { get; } =
        typeof(ServiceVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
