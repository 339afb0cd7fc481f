using System.Text;

namespace JobCapture.Storage;

/// <summary>Files that hold the user's postings or secrets (backups, exports, the pairing token, the data folder's
/// small state files) are created readable and writable by their owner only (0600), whatever the umask says.</summary>
public static class OwnerOnlyFile
{
    public static void Write(string path, string text)
    {
        using var stream = Create(path);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    public static FileStream Create(string path, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only when the file is new; an existing file being overwritten is narrowed too.
            File.SetUnixFileMode(stream.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return stream;
    }
}
