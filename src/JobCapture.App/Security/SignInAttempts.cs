using System.Threading.RateLimiting;

namespace JobCapture.App.Security;

/// <summary>
/// A shared server's sign-in is open to guesses, and a password is the weaker credential (a token is 256 random bits):
/// each client address may try <see cref="Burst"/> times at once and <see cref="PerMinute"/> times a minute after that,
/// then gets 429. Behind a reverse proxy the address is the client's only with <c>--trusted-proxy</c>.
/// </summary>
public static class SignInAttempts
{
    public const int Burst = 20;
    public const int PerMinute = 10;

    public static PartitionedRateLimiter<HttpContext> Limiter() =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetTokenBucketLimiter("sign-in " + context.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Burst,
                TokensPerPeriod = PerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("other"));

    public static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(DashboardSignIn.SignInPath);
}
