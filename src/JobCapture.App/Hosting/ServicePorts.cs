namespace JobCapture.App.Hosting;

/// <summary>The ports the service really listens on (known only after start when 0 was asked).</summary>
public sealed class ServicePorts
{
    public int Dashboard { get; set; }
    public int Snapshots { get; set; }
}
