using JobCapture.Storage.Board;
using JobCapture.Storage.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JobCapture.App.Dashboard;

/// <summary>One column per status with its count; a card moves to another status with a posted form.</summary>
public sealed class BoardModel(BoardQueries board, TrackingStore tracking, UserClock clock) : PageModel
{
    /// <summary>Cards shown per column; the column's count and its "all" link cover the rest.</summary>
    public const int CardsPerColumn = 20;

    public IReadOnlyList<BoardColumn> Columns { get; private set; } = [];

    public DateOnly Today => clock.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Columns = await board.ColumnsAsync(CardsPerColumn, cancellationToken);

    public async Task<IActionResult> OnPostMoveAsync(long id, ApplicationStatus status, CancellationToken cancellationToken) =>
        await tracking.SetStatusAsync(id, status, clock.Today, cancellationToken) ? RedirectToPage() : NotFound();
}
