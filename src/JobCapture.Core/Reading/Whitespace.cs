using System.Text;

namespace JobCapture.Core.Reading;

internal static class Whitespace
{
    /// <summary>Trims and turns every run of white space into one space.</summary>
    public static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
