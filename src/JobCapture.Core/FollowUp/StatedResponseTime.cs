namespace JobCapture.Core.FollowUp;

public enum ResponseTimeUnit
{
    Days,
    WorkingDays,
    Weeks,
    Months,
}

/// <summary>The response time a posting states about itself ("we aim to reply within 10 working days"), with the
/// offsets of the phrase in the analysed text and its length in business days.</summary>
public sealed record StatedResponseTime(int Amount, ResponseTimeUnit Unit, string Text, int Start, int End)
{
    public int BusinessDays => ToBusinessDays(Amount, Unit);

    /// <summary>Calendar periods count five business days per seven days, rounded up: "14 days" is 10, "15 jours" 11.
    /// A month counts as 22 business days.</summary>
    public static int ToBusinessDays(int amount, ResponseTimeUnit unit) => unit switch
    {
        ResponseTimeUnit.WorkingDays => amount,
        ResponseTimeUnit.Days => (amount * 5 + 6) / 7,
        ResponseTimeUnit.Weeks => amount * 5,
        ResponseTimeUnit.Months => amount * 22,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
