using System.Threading.RateLimiting;
using JobCapture.App.Errors;

namespace JobCapture.App.Security;

/// <summary>
/// Captures are the expensive requests (a page can be megabytes of HTML to parse). A few run at once, a few more
/// wait, and a burst beyond a sane human or CLI rate gets 429 — while /api/health and the dashboard's pages are never
/// limited (only attempts to sign in, see <see cref="SignInAttempts"/>).
/// </summary>
public static class CaptureLimits
{
    private const string Captures = "captures";

    public static IServiceCollection AddCaptureLimits(this IServiceCollection services, CaptureLimitOptions limits)
    {
        services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.OnRejected = async (context, _) =>
            {
                var signIn = SignInAttempts.IsSignIn(context.HttpContext);
                context.HttpContext.Response.Headers.RetryAfter = signIn ? "60" : "5";
                await context.HttpContext.WriteProblemAsync(StatusCodes.Status429TooManyRequests, signIn
                    ? "Too many attempts to sign in; try again in a minute."
                    : "Too many captures at once; try again in a few seconds.");
            };
            rateLimiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsCapture(context)
                    ? RateLimitPartition.GetConcurrencyLimiter(Captures, _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.Concurrent,
                        QueueLimit = limits.Queued,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("other")),
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsCapture(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(Captures, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.PerMinute,
                        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("other")),
                SignInAttempts.Limiter());
        });
        return services;
    }

    public static bool IsCapture(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/api/captures");
}

/// <summary>How many captures run at once, wait, and may arrive per minute (with a burst allowance).</summary>
public sealed record CaptureLimitOptions(int Concurrent = 2, int Queued = 8, int Burst = 120, int PerMinute = 120);
