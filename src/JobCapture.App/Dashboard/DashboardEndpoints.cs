namespace JobCapture.App.Dashboard;

public static class DashboardEndpoints
{
    /// <summary>The dashboard's Razor Pages (list, posting detail, connect the extension).</summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        return app;
    }
}
