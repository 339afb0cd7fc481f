using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace JobCapture.App.Errors;

/// <summary>
/// A request the service could not read (malformed JSON, a value of the wrong type, a body over the size limit) is
/// answered with its own status and, for JSON, the field that was wrong: "$.capturedAt" becomes "capturedAt".
/// Anything else is left to the default handler, which answers 500 without revealing the exception.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var problem = new ProblemDetails { Status = bad.StatusCode };
        if (bad.InnerException is JsonException json)
        {
            var field = FieldName(json.Path);
            problem.Detail = field is null ? "The body is not valid JSON." : $"The field '{field}' is not valid JSON or has the wrong type.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field ?? "$"] = ["Not valid JSON, or not of the expected type."] };
        }
        else if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            problem.Detail = bad.Message;
        }

        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>"$.capturedAt" → "capturedAt", "$.contacts[2].kind" → "contacts[2].kind"; "$" (the whole body) → null.</summary>
    private static string? FieldName(string? path) =>
        path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal) ? null : path[2..];
}
