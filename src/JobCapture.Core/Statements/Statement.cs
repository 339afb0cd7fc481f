namespace JobCapture.Core.Statements;

/// <summary>A sentence of the posting that states a contact policy. Offsets point into the analysed text.</summary>
public sealed record Statement(StatementKind Kind, Audience Audience, string Language, string Text, int Start, int End);
