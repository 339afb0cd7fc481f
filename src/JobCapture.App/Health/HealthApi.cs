using JobCapture.App.Hosting;
using JobCapture.App.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Health;

/// <summary>How the extension finds the service and makes sure the responder really is JobCapture.</summary>
public static class HealthApi
{
    public const string ServiceName = "jobcapture";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", () => TypedResults.Ok(new HealthResponse(ServiceName, ServiceVersion.Current, "ok")));
        app.MapGet("/api/hello", Hello);
        return app;
    }

    /// <summary>A stand-in server on our port cannot answer this: the proof is an HMAC of the caller's nonce under the
    /// pairing token, which only the real service (and the extension) know.</summary>
    private static Results<Ok<HelloResponse>, ProblemHttpResult> Hello(string? nonce, PairingToken token) =>
        string.IsNullOrEmpty(nonce) || nonce.Length > 200
            ? TypedResults.Problem("Pass a nonce of at most 200 characters.", statusCode: StatusCodes.Status400BadRequest)
            : TypedResults.Ok(new HelloResponse(ServiceName, ServiceVersion.Current, token.Prove(nonce)));
}

public sealed record HealthResponse(string Service, string Version, string Status);

public sealed record HelloResponse(string Service, string Version, string Proof);
