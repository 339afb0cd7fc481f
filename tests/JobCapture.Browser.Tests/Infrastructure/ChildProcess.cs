using System.Diagnostics;

namespace JobCapture.Browser.Tests.Infrastructure;

/// <summary>Runs a program to its end (at most two minutes) and answers its exit code and both output streams.</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new(process.ExitCode, await output, await error);
    }
}
