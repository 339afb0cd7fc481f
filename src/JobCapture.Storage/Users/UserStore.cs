using System.Text.RegularExpressions;
using JobCapture.Storage.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace JobCapture.Storage.Users;

/// <summary>The users of a shared server: each has a pairing token and sees only their own postings.</summary>
public sealed partial class UserStore(JobCaptureDb db, TimeProvider time)
{
    /// <summary>Adds <paramref name="name"/> and returns the pairing token, the only time it is shown; null when the
    /// name is taken.</summary>
    public async Task<string?> AddAsync(string name, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Name == name, cancellationToken))
        {
            return null;
        }

        var token = Secrets.New();
        db.Users.Add(new User { Name = name, TokenHash = Secrets.Hash(token), CalendarKey = Secrets.New(), CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Every user with how many postings they keep, by name.</summary>
    public async Task<List<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Postings.IgnoreQueryFilters().GroupBy(p => p.OwnerId)
            .Select(g => new { OwnerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.OwnerId, g => g.Count, cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        return users.Select(u => new UserSummary(u.Name, u.CreatedAt, counts.GetValueOrDefault(u.Id))).ToList();
    }

    /// <summary>A new token for <paramref name="name"/>; the old one stops working at once. Null for an unknown name.</summary>
    public async Task<string?> RotateTokenAsync(string name, CancellationToken cancellationToken)
    {
        var token = Secrets.New();
        var updated = await db.Users.Where(u => u.Name == name)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.TokenHash, Secrets.Hash(token)), cancellationToken);
        return updated > 0 ? token : null;
    }

    /// <summary>Removes the user with every posting (snapshots, analyses, notes, follow-ups) and referral they kept.
    /// Returns how many postings went, or null for an unknown name.</summary>
    public async Task<int?> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (user is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var postings = db.Postings.IgnoreQueryFilters().Where(p => p.OwnerId == user.Id);
        await PostingSearch.RemoveAsync(db, postings.Select(p => p.Id), cancellationToken);
        var removed = await postings.ExecuteDeleteAsync(cancellationToken);
        await db.ReferralContacts.IgnoreQueryFilters().Where(r => r.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        db.Users.Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>Sets <paramref name="name"/>'s dashboard password; false for an unknown name. The sessions opened
    /// before end (see the sign-in's session stamp).</summary>
    public async Task<bool> SetPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (user is null)
        {
            return false;
        }

        user.PasswordHash = PasswordHashes.HashPassword(user, password);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The user named <paramref name="name"/> when <paramref name="password"/> is theirs, else null. An
    /// unknown name or a user without a password costs one verification too, so the time taken tells no names.</summary>
    public async Task<User?> FindByPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        var verdict = PasswordHashes.VerifyHashedPassword(user!, user?.PasswordHash ?? NoOnesPasswordHash.Value, password);
        return user?.PasswordHash is not null && verdict != PasswordVerificationResult.Failed ? user : null;
    }

    public Task<User?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Secrets.Hash(token);
        return db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.TokenHash == hash, cancellationToken);
    }

    /// <summary>The token hash of the user whose <see cref="Secrets.Account"/> is <paramref name="account"/>, or null.
    /// Hashes every user's token hash: a shared server has tens of users, not millions.</summary>
    public async Task<string?> FindTokenHashByAccountAsync(string account, CancellationToken cancellationToken)
    {
        var tokenHashes = await db.Users.AsNoTracking().Select(u => u.TokenHash).ToListAsync(cancellationToken);
        return tokenHashes.FirstOrDefault(tokenHash => Secrets.Hash(tokenHash) == account);
    }

    public Task<User?> FindByCalendarKeyAsync(string key, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.CalendarKey == key, cancellationToken);

    public Task<User?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Name == name, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    /// <summary>At least this many characters: the dashboard of a server beyond loopback is open to guesses.</summary>
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<User> PasswordHashes = new();

    private static readonly Lazy<string> NoOnesPasswordHash = new(() => PasswordHashes.HashPassword(null!, Secrets.New()));

    /// <summary>Letters, digits and . _ @ -, at most 64: names end up in commands, logs and file names.</summary>
    public static bool IsValidName(string name) => ValidName().IsMatch(name);

    [GeneratedRegex(@"^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex ValidName();
}

public sealed record UserSummary(string Name, DateTimeOffset CreatedAt, int Postings);
