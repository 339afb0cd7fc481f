namespace JobCapture.App.Hosting;

/// <summary>Where the user's data lives: XDG data home on Linux, the platform's local app-data elsewhere.</summary>
public static class DataDirectory
{
    public static string Default()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD())
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg;
            return Path.Combine(root, "jobcapture");
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "JobCapture");
    }

    /// <summary>Creates the folder readable by its owner only: it holds the pairing token and every saved page.</summary>
    public static string Ensure(string path)
    {
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(full);
            }
            else
            {
                Directory.CreateDirectory(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return full;
    }
}
