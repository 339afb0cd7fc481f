using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>The saved postings, a page at a time: filter by phone verdict or status, search their text, sort.</summary>
public sealed class IndexModel(PostingQueries queries, UserClock clock) : PageModel
{
    public static IReadOnlyList<string> PhoneVerdicts => VerdictNames.All;

    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public PostingSort Sort { get; set; }

    /// <summary>"page" is taken by Razor Pages' own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PostingPage Postings { get; private set; } = new([], 0, 1, PageSize, new Dictionary<long, int>());

    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Postings = await queries.ListAsync(new PostingFilter(Search, Phone, Status, Sort, PageNumber, PageSize), cancellationToken);

    /// <summary>The link to another page of the same filtered, sorted list.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["phone"] = Phone,
        ["status"] = Status?.ToString(),
        ["sort"] = Sort == PostingSort.Newest ? null : Sort.ToString(),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
