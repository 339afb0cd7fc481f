using System.Text;

namespace JobCapture.App.Commands;

/// <summary>Reads a password for <c>user passwd</c>: the first line of standard input when it is redirected (scripts,
/// <c>printf … |</c>), else typed twice at a prompt that shows nothing.</summary>
internal static class PasswordInput
{
    /// <summary>The password, or null when the two typed at the prompt differ.</summary>
    public static string? Read()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        var first = Prompt("Password: ");
        var second = Prompt("Again: ");
        return first == second ? first : null;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
