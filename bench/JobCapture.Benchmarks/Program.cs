using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using JobCapture.Benchmarks;

if (CorpusFolder.Find() is null)
{
    Console.Error.WriteLine("The corpus is missing: expected ../shared/corpus/pages beside the repository (or above the working directory).");
    return 1;
}

if (args is ["--soak", var appDll, ..])
{
    return await CaptureSoak.RunAsync(appDll, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

if (args is ["--first-capture", var app])
{
    return await FirstCapture.RunAsync(app);
}

if (args.Contains("--parser-options"))
{
    ParserOptionsVersusPrescan.Run();
    return 0;
}

if (args.Contains("--interleaved"))
{
    InterleavedRatio.Run();
    return 0;
}

BenchmarkRunner.Run<AnalysisVersusBareParse>(args: args);
return 0;
