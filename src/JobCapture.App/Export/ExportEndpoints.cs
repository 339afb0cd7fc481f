namespace JobCapture.App.Export;

public static class ExportEndpoints
{
    /// <summary>An export asked for with a pairing token (a user of a shared server, or a script): it is checked like an
    /// /api call and exports that token's postings.</summary>
    public static bool IsTokenExport(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/export") && context.Request.Headers.Authorization.Count > 0;

    /// <summary>Downloads for the dashboard. Reading only: the Host allowlist keeps other sites from fetching them.</summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/postings.csv", async (PostingExport export, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = await export.RowsAsync(cancellationToken);
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=jobcapture-postings.csv";
            await PostingExport.WriteCsvAsync(rows, context.Response.Body);
        });
        app.MapGet("/export/postings.json", async (PostingExport export, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = await export.RowsAsync(cancellationToken);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=jobcapture-postings.json";
            await PostingExport.WriteJsonAsync(rows, context.Response.Body);
        });
        return app;
    }
}
