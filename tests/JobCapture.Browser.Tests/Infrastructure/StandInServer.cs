using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>
/// A program squatting on JobCapture's port: it answers /api/health exactly like JobCapture, but it does not know
/// the pairing token, so its /api/hello proof is wrong (or missing). It records every request it receives.
/// </summary>
internal sealed class StandInServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private LoopbackSite? _site;

    public Uri BaseAddress => _site!.BaseAddress;

    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>When false, /api/hello answers 404 as an older or unrelated program would.</summary>
    public bool AnswersHello { get; set; } = true;

    public static async Task<StandInServer> StartAsync()
    {
        var server = new StandInServer();
        server._site = await LoopbackSite.StartAsync(app => app.Run(server.AnswerAsync));
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        _requests.Enqueue(new RecordedRequest(request.Method, request.Path + request.QueryString, request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));

        context.Response.Headers["X-JobCapture-Version"] = "1.0.0";
        if (request.Path == "/api/health")
        {
            await context.Response.WriteAsJsonAsync(new { service = "jobcapture", version = "1.0.0", status = "ok" });
        }
        else if (request.Path == "/api/hello" && AnswersHello)
        {
            var guessedProof = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            await context.Response.WriteAsJsonAsync(new { service = "jobcapture", version = "1.0.0", proof = guessedProof });
        }
        else
        {
            // Whatever else arrives (a capture, a lookup) is accepted, as a malicious stand-in would.
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsJsonAsync(new { postingId = 1, snapshotId = 1, isNewPosting = true, title = "Stolen", company = "" });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string Body);
