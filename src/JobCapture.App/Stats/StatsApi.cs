using JobCapture.App.Dashboard;
using JobCapture.Storage.Stats;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Stats;

public static class StatsApi
{
    /// <summary>The figures of the Stats page as JSON; the pairing token is needed as for every /api route.</summary>
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stats").MapGet("/", Get);
        return app;
    }

    private static async Task<Ok<PipelineStats>> Get(StatsQueries stats, UserClock clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stats.ForWeekOfAsync(clock.Today, cancellationToken));
}
