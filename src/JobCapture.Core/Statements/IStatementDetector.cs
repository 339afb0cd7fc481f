using JobCapture.Core.Reading;

namespace JobCapture.Core.Statements;

public interface IStatementDetector
{
    /// <summary>Detects the posting's language and every contact-policy statement among its sentences.</summary>
    StatementFindings Detect(PageContent page, CancellationToken cancellationToken = default);
}

public sealed record StatementFindings(string Language, IReadOnlyList<Statement> Statements);
