using JobCapture.App.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobCapture.App.Pairing;

/// <summary>
/// The extension's options page pairs a Firefox install: it has checked the service's proof of the token, then posts
/// here with the token, and the service remembers the request's moz-extension origin. Chromium-family browsers need no
/// pairing (their extension id is fixed), so their call is answered without remembering anything.
/// </summary>
public static class PairingApi
{
    public static IEndpointRouteBuilder MapPairingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/pairing", Pair);
        return app;
    }

    private static Results<Ok<PairingResponse>, BadRequest<string>> Pair(HttpRequest request, ExtensionOrigins origins, ILogger<ExtensionOrigins> logger)
    {
        var origin = request.Headers.Origin.ToString();
        if (ExtensionOrigins.IsPairable(origin))
        {
            if (origins.Pair(origin))
            {
                logger.LogInformation("Paired a Firefox extension origin");
            }

            return TypedResults.Ok(new PairingResponse(origin, Remembered: true));
        }

        return origins.IsAllowed(origin)
            ? TypedResults.Ok(new PairingResponse(origin, Remembered: false))
            : TypedResults.BadRequest("Pair from the JobCapture extension's options page.");
    }
}

public sealed record PairingResponse(string Origin, bool Remembered);
