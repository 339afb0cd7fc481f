using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace JobCapture.App.Errors;

/// <summary>
/// Every error answer is RFC 9457 problem details (application/problem+json: type, title, status, detail), made in
/// one place: the guards write through <see cref="WriteProblemAsync"/>, endpoints return TypedResults.Problem,
/// exceptions go through the exception handler and bare status codes (404, Kestrel's 413) through the status code
/// pages. All of them pass <see cref="Complete"/>, which fills in what the writer left out.
/// </summary>
public static class ProblemResponses
{
    /// <summary>Where each status is defined, for the statuses ASP.NET Core does not know a type for.</summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status413PayloadTooLarge] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [StatusCodes.Status421MisdirectedRequest] = "https://tools.ietf.org/html/rfc9110#section-15.5.20",
        [StatusCodes.Status429TooManyRequests] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    /// <summary>What a bare status means here, when whoever answered it gave no detail of their own.</summary>
    private static readonly Dictionary<int, string> Details = new()
    {
        [StatusCodes.Status400BadRequest] = "The request could not be read.",
        [StatusCodes.Status401Unauthorized] = "Missing or wrong pairing token.",
        [StatusCodes.Status403Forbidden] = "This request is not allowed.",
        [StatusCodes.Status404NotFound] = "Nothing is saved at this address.",
        [StatusCodes.Status405MethodNotAllowed] = "This address does not take that method.",
        [StatusCodes.Status413PayloadTooLarge] = "The request body is larger than the service accepts.",
        [StatusCodes.Status429TooManyRequests] = "Too many captures at once; try again in a few seconds.",
        [StatusCodes.Status500InternalServerError] = "The service failed while answering; its log says why.",
    };

    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => Complete(context.ProblemDetails, context.HttpContext));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Minimal APIs throw on a body they cannot bind (instead of answering an empty 400), so the handler can say which field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>First in the pipeline: exceptions and body-less error statuses from anything after it become problems.</summary>
    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler().UseStatusCodePages();

    public static Task WriteProblemAsync(this HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail },
        }).AsTask();
    }

    private static void Complete(ProblemDetails problem, HttpContext context)
    {
        var status = problem.Status ?? context.Response.StatusCode;
        problem.Status = status;
        problem.Type ??= Types.GetValueOrDefault(status) ?? "https://tools.ietf.org/html/rfc9110#section-15";
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Detail ??= Details.GetValueOrDefault(status) ?? problem.Title;
    }
}
