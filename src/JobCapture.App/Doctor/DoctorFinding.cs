namespace JobCapture.App.Doctor;

public enum DoctorOutcome
{
    Ok,

    /// <summary>Worth knowing, nothing broken (e.g. no extension has called yet).</summary>
    Note,

    /// <summary>Something to fix; the line says what to do.</summary>
    Fix,
}

/// <summary>One line of <c>jobcapture doctor</c>: what was checked, and ok or what to do.</summary>
public sealed record DoctorFinding(string Check, DoctorOutcome Outcome, string Detail)
{
    public override string ToString() => $"{Outcome.ToString().ToLowerInvariant(),-4}  {Check,-9}  {Detail}";
}
