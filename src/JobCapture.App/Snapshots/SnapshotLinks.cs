using System.Security.Cryptography;
using System.Text;
using JobCapture.App.Security;

namespace JobCapture.App.Snapshots;

/// <summary>
/// Links to captured pages on the snapshot origin. Each link carries an HMAC of the snapshot id under the pairing
/// token: only the dashboard can make one, so another web page cannot enumerate and frame the user's snapshots.
/// </summary>
public sealed class SnapshotLinks(PairingToken token)
{
    public int Port { get; set; }

    public string For(long snapshotId, string hostName) =>
        $"http://{hostName}:{Port}/snapshots/{snapshotId}?sig={Sign(snapshotId)}";

    public bool IsValid(long snapshotId, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Sign(snapshotId)));

    private string Sign(long snapshotId) => token.Prove("snapshot:" + snapshotId.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
