using System.Net;
using System.Text.RegularExpressions;

namespace JobCapture.App.Tests;

/// <summary>Posts the dashboard's forms the way a browser does: loads the page for its antiforgery token and cookie,
/// then posts the fields with the same cookie.</summary>
internal sealed partial class DashboardForms : IDisposable
{
    private readonly HttpClient _client;

    public DashboardForms(Uri baseAddress)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = baseAddress };
    }

    public async Task<HttpResponseMessage> PostAsync(string page, string? handler, params (string Name, string Value)[] fields)
    {
        var html = await _client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token));
        var target = handler is null ? page : $"{page}?handler={handler}";
        return await _client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public Task<string> GetStringAsync(string page) => _client.GetStringAsync(page);

    public void Dispose() => _client.Dispose();

    /// <summary>The antiforgery token of a dashboard page's form.</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();
}
