namespace JobCapture.Storage.Tracking;

/// <summary>Someone the user knows at a company; every posting of that company shows them under Referral.</summary>
public sealed class ReferralContact
{
    public long Id { get; set; }
    public long OwnerId { get; set; }
    public required string Company { get; set; }

    /// <summary>The company name folded for matching ("ACME Inc." and "Acme" are one company).</summary>
    public required string CompanyKey { get; set; }
    public required string Name { get; set; }
    public string HowKnown { get; set; } = "";
    public string Channel { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
