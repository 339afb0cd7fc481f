using JobCapture.Core.Contacts;
using JobCapture.Core.FollowUp;
using JobCapture.Core.Reading;
using JobCapture.Core.Statements;

namespace JobCapture.Core;

/// <summary>
/// Core's entry point: reads a posting page (or plain text) and says what follow-up it allows.
/// Deterministic and free of I/O; safe to share between threads.
/// </summary>
public sealed class PostingAnalyzer
{
    private readonly IPageReader _reader;
    private readonly IStatementDetector _statements;
    private readonly IContactFinder _contacts;
    private readonly IFollowUpAdvisor _advisor;

    public PostingAnalyzer(AnalyzerOptions options)
        : this(new PageReader(options), new StatementDetector(), new ContactFinder(options), new FollowUpAdvisor(options))
    {
    }

    public PostingAnalyzer(IPageReader reader, IStatementDetector statements, IContactFinder contacts, IFollowUpAdvisor advisor)
    {
        _reader = reader;
        _statements = statements;
        _contacts = contacts;
        _advisor = advisor;
    }

    public static PostingAnalyzer CreateDefault() => new(AnalyzerOptions.CreateDefault());

    /// <summary>Analyses a rendered HTML page; <paramref name="url"/> is where it was captured, if known.
    /// A cancelled <paramref name="cancellationToken"/> stops the work between nodes, sentences and contact steps
    /// with <see cref="OperationCanceledException"/>.</summary>
    public Analysis AnalyzeHtml(string html, string? url = null, CancellationToken cancellationToken = default) =>
        Analyze(_reader.ReadHtml(html, url, cancellationToken), cancellationToken);

    /// <summary>Analyses plain text, e.g. one sentence or a pasted description.</summary>
    public Analysis AnalyzeText(string text, CancellationToken cancellationToken = default) =>
        Analyze(_reader.ReadText(text), cancellationToken);

    private Analysis Analyze(PageContent page, CancellationToken cancellationToken)
    {
        var findings = _statements.Detect(page, cancellationToken);
        var contacts = _contacts.Find(page, findings.Language, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var advice = _advisor.Advise(new FollowUpFacts(page.Fields, page.Text, findings.Statements, contacts));
        return new Analysis
        {
            AnalyzerVersion = AnalyzerVersion.Current,
            Url = page.Url,
            Text = page.Text,
            Language = findings.Language,
            Posting = page.Fields,
            Statements = findings.Statements,
            Contacts = contacts,
            FollowUp = advice,
        };
    }
}
