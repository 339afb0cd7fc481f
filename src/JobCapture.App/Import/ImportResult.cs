namespace JobCapture.App.Import;

public enum ImportOutcome
{
    New,
    AlreadySaved,
    Failed,
}

/// <summary>What importing one page or one CSV row did; <see cref="Source"/> names it ("jobs.csv row 4").</summary>
public sealed record ImportResult(string Source, ImportOutcome Outcome, string Detail);
