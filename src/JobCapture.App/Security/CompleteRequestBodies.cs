using JobCapture.App.Errors;
using JobCapture.App.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace JobCapture.App.Security;

/// <summary>
/// A capture's body is read in full, within a deadline, before the capture asks the rate limiter for a slot. A client
/// that declares 15 MB and sends it just fast enough for Kestrel's minimum data rate would otherwise hold a slot (and
/// the queue behind it) for a minute while real captures get 429; here it holds only its own connection, and is
/// answered 408 when the deadline passes. The body stays in memory, never in a temporary file: it is a page the user
/// saved.
/// </summary>
public sealed class CompleteRequestBodies(RequestDelegate next, ServiceOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!CaptureLimits.IsCapture(context))
        {
            await next(context);
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(options.BodyReadDeadline);
        try
        {
            await ReadBodyAsync(context.Request, deadline.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await context.WriteProblemAsync(StatusCodes.Status408RequestTimeout,
                $"The request body did not arrive within {options.BodyReadDeadline.TotalSeconds:0} seconds.");
            return;
        }

        await next(context);
    }

    /// <summary>A body of declared length goes into one array of that size: buffering it in a growing stream
    /// allocated about three times the page in discarded large arrays per capture, which is what made the service's
    /// memory climb over a series of large pages. A body without a length, or over the limit (Kestrel answers 413 as
    /// it is read), is buffered the general way.</summary>
    private async Task ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length && length <= options.MaxRequestBodyBytes)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken);
            request.Body = new MemoryStream(body, writable: false);
            return;
        }

        request.EnableBuffering(bufferThreshold: (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes), bufferLimit: options.MaxRequestBodyBytes);
        await request.Body.DrainAsync(cancellationToken);
        request.Body.Position = 0;
    }
}
