namespace JobCapture.Core.Capture;

/// <summary>A page that stands in front of the posting instead of showing it.</summary>
public enum PageWall
{
    SignIn,
    Captcha,
    CookieDialog,
}

public static class PageWallWording
{
    /// <summary>What the page asks for, as the CLI and the API tell it: "this page asks you to sign in".</summary>
    public static string Describe(this PageWall wall) => wall switch
    {
        PageWall.SignIn => "this page asks you to sign in",
        PageWall.Captcha => "this page asks you to prove you are not a robot (a captcha)",
        PageWall.CookieDialog => "this page shows only a cookie dialog",
        _ => throw new ArgumentOutOfRangeException(nameof(wall), wall, null),
    };
}
