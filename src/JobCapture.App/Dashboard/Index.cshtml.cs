using JobCapture.Core.FollowUp;
using JobCapture.Storage.Postings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

public sealed class IndexModel(PostingQueries queries) : PageModel
{
    public static IReadOnlyList<string> PhoneVerdicts => VerdictNames.All;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    public IReadOnlyList<Posting> Postings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Postings = await queries.ListAsync(new PostingFilter(Search, Phone), cancellationToken);
}
