using JobCapture.Storage.Users;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Tests;

/// <summary>Passwords (<c>user passwd</c>) and the account names of <c>/api/hello</c>, on both engines: a password is
/// kept only as a salted hash, opens its own user only, and a wrong one opens nothing.</summary>
[TestFixture(DatabaseEngine.Sqlite)]
[TestFixture(DatabaseEngine.Postgres)]
public class UserCredentialsTests(DatabaseEngine engine) : DatabaseFixture(engine)
{
    private const string AlicesPassword = "correct horse battery staple";
    private const string BobsPassword = "bob's own long password";
    private static readonly CancellationToken None = CancellationToken.None;

    private UserStore _users = null!;
    private JobCaptureDb _db = null!;
    private string _aliceToken = null!;

    [SetUp]
    public async Task AddAliceAndBobWithPasswords()
    {
        _db = Open();
        _users = new UserStore(_db, TimeProvider.System);
        _aliceToken = (await _users.AddAsync("alice", None))!;
        await _users.AddAsync("bob", None);
        await _users.AddAsync("carol", None);
        Assert.That(await _users.SetPasswordAsync("alice", AlicesPassword, None), Is.True);
        Assert.That(await _users.SetPasswordAsync("bob", BobsPassword, None), Is.True);
    }

    [TearDown]
    public void CloseDatabase() => _db.Dispose();

    [Test]
    public async Task A_users_own_password_finds_that_user()
    {
        Assert.That((await _users.FindByPasswordAsync("alice", AlicesPassword, None))?.Name, Is.EqualTo("alice"));
        Assert.That((await _users.FindByPasswordAsync("bob", BobsPassword, None))?.Name, Is.EqualTo("bob"));
    }

    [TestCase("alice", "correct horse battery stapl", TestName = "A wrong password finds no one")]
    [TestCase("bob", AlicesPassword, TestName = "Alice's password does not open bob")]
    [TestCase("carol", AlicesPassword, TestName = "A user without a password cannot be opened with one")]
    [TestCase("nobody", AlicesPassword, TestName = "An unknown name finds no one")]
    public async Task Other_passwords_find_no_one(string name, string password)
    {
        Assert.That(await _users.FindByPasswordAsync(name, password, None), Is.Null);
    }

    [Test]
    public async Task The_database_keeps_a_salted_hash_never_the_password()
    {
        await _users.SetPasswordAsync("carol", AlicesPassword, None);
        await using var db = Open();
        var hashes = await db.Users.Where(u => u.Name == "alice" || u.Name == "carol").Select(u => u.PasswordHash).ToListAsync();

        Assert.That(hashes, Has.None.Contains(AlicesPassword).And.None.Null);
        Assert.That(hashes.Distinct().Count(), Is.EqualTo(2), "the same password is stored differently for two users");
    }

    [Test]
    public async Task A_new_password_replaces_the_old_and_an_unknown_name_is_refused()
    {
        await _users.SetPasswordAsync("alice", "a brand new password", None);

        Assert.That(await _users.FindByPasswordAsync("alice", AlicesPassword, None), Is.Null);
        Assert.That(await _users.FindByPasswordAsync("alice", "a brand new password", None), Is.Not.Null);
        Assert.That(await _users.SetPasswordAsync("nobody", AlicesPassword, None), Is.False);
    }

    [Test]
    public async Task An_account_name_finds_its_token_hash_and_only_its_own()
    {
        var found = await _users.FindTokenHashByAccountAsync(Secrets.Account(_aliceToken), None);

        Assert.That(found, Is.EqualTo(Secrets.Hash(_aliceToken)));
        Assert.That(await _users.FindTokenHashByAccountAsync(Secrets.Account(Secrets.New()), None), Is.Null);
        Assert.That(await _users.FindTokenHashByAccountAsync(Secrets.Hash(_aliceToken), None), Is.Null, "the token hash itself is not the account");
    }
}
