namespace JobCapture.Core.FollowUp;

public enum Channel
{
    Phone,
    Email,
    LinkedIn,
    InPerson,
    Referral,
}

/// <summary>Ordered from most to least restrictive; advice compares verdicts by this order.</summary>
public enum Verdict
{
    Forbidden,
    Discouraged,
    Allowed,
    Invited,
}
