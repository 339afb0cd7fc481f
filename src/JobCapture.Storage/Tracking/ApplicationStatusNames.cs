namespace JobCapture.Storage.Tracking;

public static class ApplicationStatusNames
{
    /// <summary>"followed up", "applied": how a status reads on the dashboard and in exports.</summary>
    public static string Display(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.FollowedUp => "followed up",
        _ => status.ToString().ToLowerInvariant(),
    };
}
