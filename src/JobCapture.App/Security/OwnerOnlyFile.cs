using System.Text;

namespace JobCapture.App.Security;

/// <summary>Writes the small files of the data folder (token, paired origins, last call) readable by the user only.</summary>
public static class OwnerOnlyFile
{
    public static void Write(string path, string text)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, text);
            return;
        }

        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
