namespace JobCapture.Core.FollowUp;

/// <summary>A short plan in plain words, one step a line. <see cref="FollowUpOn"/> is the earliest follow-up date
/// when the date applied is known.</summary>
public sealed record FollowUpPlan(DateOnly? FollowUpOn, IReadOnlyList<string> Steps)
{
    public static FollowUpPlan Empty { get; } = new(null, []);

    public string Text => string.Join(" ", Steps);
}

/// <summary>A ready-to-use follow-up for one allowed or invited channel: an email (with a <c>mailto:</c> link),
/// a call outline (with a <c>tel:</c> link when a number is known), a LinkedIn note, a visit outline or a note to
/// a friend inside. There is never a draft for a forbidden channel.</summary>
public sealed record FollowUpDraft(Channel Channel, string Title, string Body)
{
    /// <summary>The address or number it goes to, when the posting gives one.</summary>
    public string? To { get; init; }

    public string? Subject { get; init; }

    public string? Link { get; init; }

    /// <summary>For calls and visits: the points to make, in order.</summary>
    public IReadOnlyList<string> Outline { get; init; } = [];
}
