namespace JobCapture.Storage.Users;

/// <summary>Whose data a scope reads and writes. Every posting, snapshot, note, follow-up and referral query is
/// filtered to it by the context (see <see cref="JobCaptureDb"/>). <see cref="LocalId"/> is the machine's own user,
/// the one the pairing-token file stands for: all data of a database without users belongs to it.</summary>
public sealed class Owner
{
    public const long LocalId = 0;

    public long Id { get; private set; } = LocalId;

    public string Name { get; private set; } = "local";

    /// <summary>Set once per request, by the guard that checked the caller's token.</summary>
    public void Become(long id, string name) => (Id, Name) = (id, name);

    public static Owner Of(long id, string name)
    {
        var owner = new Owner();
        owner.Become(id, name);
        return owner;
    }
}
