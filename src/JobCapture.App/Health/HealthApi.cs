using JobCapture.App.Hosting;
using JobCapture.App.Security;
using JobCapture.Storage;
using JobCapture.Storage.Users;
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
    /// pairing token, which only the real service (and the extension) know. With <c>account</c> (see
    /// <see cref="Secrets.Account"/>) the key is that account's token hash instead, which the server keeps for every
    /// user; an unknown account is answered with the server's own, so a wrong token fails the check as before.</summary>
    private static async Task<Results<Ok<HelloResponse>, ProblemHttpResult>> Hello(string? nonce, string? account, PairingToken token, UserStore users, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(nonce) || nonce.Length > 200)
        {
            return TypedResults.Problem("Pass a nonce of at most 200 characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var proof = account is null ? token.Prove(nonce) : Secrets.Prove(await AccountKeyAsync(account, token, users, cancellationToken), nonce);
        return TypedResults.Ok(new HelloResponse(ServiceName, ServiceVersion.Current, proof));
    }

    private static async Task<string> AccountKeyAsync(string account, PairingToken token, UserStore users, CancellationToken cancellationToken)
    {
        var ownKey = Secrets.Hash(token.Value);
        return Secrets.Hash(ownKey) == account ? ownKey : await users.FindTokenHashByAccountAsync(account, cancellationToken) ?? ownKey;
    }
}

public sealed record HealthResponse(string Service, string Version, string Status);

public sealed record HelloResponse(string Service, string Version, string Proof);
