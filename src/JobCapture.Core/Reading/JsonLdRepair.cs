using System.Text;

namespace JobCapture.Core.Reading;

/// <summary>
/// Mends the ways real sites break the JSON inside their ld+json scripts, so that a posting is not lost for a
/// stray comma: HTML comment and CDATA wrappers, raw line breaks and control characters inside strings, and
/// JavaScript-only escapes (<c>\'</c>). Trailing commas and several values in a row are handled by the reader's
/// options rather than here.
/// </summary>
internal static class JsonLdRepair
{
    private static readonly string[] Wrappers = ["<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"];

    /// <summary>Removes wrappers around the JSON; cheap, applied to every script.</summary>
    public static string Unwrap(string script)
    {
        var text = script.Trim();
        foreach (var wrapper in Wrappers)
        {
            if (text.StartsWith(wrapper, StringComparison.Ordinal))
            {
                text = text[wrapper.Length..].TrimStart();
            }

            if (text.EndsWith(wrapper, StringComparison.Ordinal))
            {
                text = text[..^wrapper.Length].TrimEnd();
            }
        }

        if (text.StartsWith("//", StringComparison.Ordinal) && text.IndexOf('\n', StringComparison.Ordinal) is var lineEnd and > 0)
        {
            text = text[(lineEnd + 1)..];
        }

        return text.EndsWith(';') ? text[..^1] : text;
    }

    /// <summary>Escapes control characters inside strings and drops invalid escapes; used only after a failed parse.</summary>
    public static string EscapeInsideStrings(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (!inString)
            {
                inString = c == '"';
                builder.Append(c);
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = false;
                    builder.Append(c);
                    break;
                case '\\' when i + 1 < json.Length:
                    AppendEscape(builder, json[++i]);
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void AppendEscape(StringBuilder builder, char escaped)
    {
        if (escaped is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u')
        {
            builder.Append('\\').Append(escaped);
        }
        else
        {
            // \' and \x are JavaScript, not JSON: keep the character, lose the backslash.
            builder.Append(escaped);
        }
    }
}
