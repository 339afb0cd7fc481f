namespace JobCapture.App.Export;

public static class ExportEndpoints
{
    /// <summary>Downloads for the dashboard. Reading only: the Host allowlist keeps other sites from fetching them.</summary>
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/postings.csv", async (PostingExport export, HttpContext context, CancellationToken cancellationToken) =>
        {
            var rows = await export.RowsAsync(cancellationToken);
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=jobcapture-postings.csv";
            // CsvWriter flushes synchronously when disposed, which Kestrel's response stream refuses: write to memory first.
            await using var text = new StringWriter();
            await PostingExport.WriteCsvAsync(rows, text);
            await context.Response.WriteAsync(text.ToString(), cancellationToken);
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
