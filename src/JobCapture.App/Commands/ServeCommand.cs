using System.CommandLine;
using System.Net;
using JobCapture.App.Captures;
using JobCapture.App.Hosting;

namespace JobCapture.App.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port("Loopback port to listen on");
        var dataDirectory = CommonOptions.DataDirectory();
        var demo = new Option<bool>("--demo") { Description = "Load the demo postings from seeds/ so the dashboard has something to show" };
        var region = CommonOptions.Region();
        var database = CommonOptions.Database();
        var listen = new Option<string?>("--listen") { Description = "Listen on this address instead of 127.0.0.1 (a shared server; needs --certificate)" };
        var hosts = new Option<string[]>("--host") { Description = "A host name the service answers to (repeatable); the dashboard then needs a sign-in", AllowMultipleArgumentsPerToken = false };
        var certificate = new Option<string?>("--certificate") { Description = "TLS certificate: a PEM file with --certificate-key, or a PKCS#12 file" };
        var certificateKey = new Option<string?>("--certificate-key") { Description = "The PEM private key of --certificate" };
        var trustedProxy = new Option<string?>("--trusted-proxy") { Description = "A reverse proxy's address (TLS ends there): its X-Forwarded-Proto and X-Forwarded-For are believed, nobody else's; the dashboard then needs a sign-in" };
        var command = new Command("serve", "Run the companion service and its dashboard on 127.0.0.1") { port, dataDirectory, demo, region, database, listen, hosts, certificate, certificateKey, trustedProxy };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(listen) is { } text ? IPAddress.Parse(text) : null;
            if (address is not null && !IPAddress.IsLoopback(address) && parse.GetValue(certificate) is null)
            {
                Console.Error.WriteLine("serve: listening beyond loopback needs TLS: --certificate FILE (or a reverse proxy on this machine, and --host NAME without --listen)");
                return 2;
            }

            var options = new ServiceOptions
            {
                Port = parse.GetValue(port),
                DataDirectory = parse.GetValue(dataDirectory)!,
                Database = parse.GetValue(database),
                ListenAddress = address,
                HostNames = parse.GetValue(hosts) ?? [],
                Certificate = parse.GetValue(certificate),
                CertificateKey = parse.GetValue(certificateKey),
                TrustedProxy = parse.GetValue(trustedProxy) is { } proxy ? IPAddress.Parse(proxy) : null,
                LoadDemo = parse.GetValue(demo),
                Analysis = AnalysisSettings.ForRegion(parse.GetValue(region)!),
            };
            await using var app = await ServiceHost.StartAsync(options, cancellationToken);
            Console.WriteLine($"JobCapture is running: open {app.BaseAddress()} (data in {app.Services.GetRequiredService<Storage.DatabaseTarget>()}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
