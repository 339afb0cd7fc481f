namespace JobCapture.Core.Reading;

/// <summary>A contact stated in structured data (JSON-LD <c>applicationContact</c>), not in the visible text.</summary>
public sealed record ContactHint(string? Email, string? Telephone, string? Name, string? Url);
