using System.Security.Cryptography;
using System.Text;
using JobCapture.Browser.Tests.Infrastructure;

namespace JobCapture.Browser.Tests;

/// <summary>The extension's pure modules, imported into an extension page of the real browser.</summary>
[TestFixture]
public sealed class ExtensionModuleTests : BrowserFixture
{
    [TestCase("http://127.0.0.1:5817", "http://127.0.0.1:5817")]
    [TestCase(" http://localhost:6000/ ", "http://localhost:6000")]
    [TestCase("http://LOCALHOST:5817", "http://localhost:5817")]
    [TestCase("https://jobs.example.org", "https://jobs.example.org")]
    [TestCase("https://Jobs.Example.org:8443/", "https://jobs.example.org:8443")]
    [TestCase("https://10.0.0.5:5817", "https://10.0.0.5:5817")]
    public async Task A_loopback_or_https_address_is_accepted_and_normalised(string typed, string expected)
    {
        var address = await ImportAndCallAsync("lib/settings.js", "m.parseServiceAddress(arg).address ?? null", typed);

        Assert.That(address, Is.EqualTo(expected));
    }

    [TestCase("http://10.0.0.5:5817")]
    [TestCase("http://jobs.example.org")]
    [TestCase("http://localhost.evil.example:5817")]
    [TestCase("https://jobs.example.org/jobcapture")]
    [TestCase("http://user:pw@127.0.0.1:5817")]
    [TestCase("http://127.0.0.1:5817/api")]
    [TestCase("ftp://127.0.0.1:5817")]
    [TestCase("not an address")]
    public async Task Any_other_address_is_refused_with_a_reason(string typed)
    {
        var error = await ImportAndCallAsync("lib/settings.js", "m.parseServiceAddress(arg).error ?? null", typed);

        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }

    [TestCase("https://jobs.example.org:8443", "https://jobs.example.org/*")]
    [TestCase("https://localhost:5817", "https://localhost/*")]
    [TestCase("http://127.0.0.1:5817", null)]
    public async Task A_server_address_needs_a_host_permission_for_its_host(string address, string? expected)
    {
        var origin = await ImportAndCallAsync("lib/settings.js", "m.serverPermission(arg)?.origins[0] ?? null", address);

        Assert.That(origin, Is.EqualTo(expected));
    }

    [Test]
    public async Task Plain_http_beyond_loopback_is_refused_with_the_reason()
    {
        var error = await ImportAndCallAsync("lib/settings.js", "m.parseServiceAddress(arg).error", "http://jobs.example.org");

        Assert.That(error, Does.Contain("needs https://").And.Contain("unencrypted"));
    }

    [Test]
    public async Task The_account_and_key_of_a_token_are_the_servers_hashes_of_it()
    {
        const string token = "pairing-token-for-the-account-test-0123456789";

        var key = await ImportAndCallAsync("lib/proof.js", "m.tokenKey(arg)", token);
        var account = await ImportAndCallAsync("lib/proof.js", "m.tokenKey(arg).then(m.tokenKey)", token);

        Assert.That(key, Is.EqualTo(JobCapture.Storage.Secrets.Hash(token)));
        Assert.That(account, Is.EqualTo(JobCapture.Storage.Secrets.Account(token)));
    }

    [Test]
    public async Task The_expected_proof_is_the_services_HMAC_of_the_nonce_under_the_token()
    {
        const string token = "pairing-token-for-the-proof-test-0123456789ab";
        const string nonce = "9f1c2e";
        var serviceProof = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.ASCII.GetBytes(token), Encoding.UTF8.GetBytes(nonce)));

        var extensionProof = await ImportAndCallAsync("lib/proof.js", $"m.expectedProof(arg, '{nonce}')", token);

        Assert.That(extensionProof, Is.EqualTo(serviceProof));
    }

    [TestCase(201, "delivered")]
    [TestCase(200, "delivered")]
    [TestCase(400, "rejected")]
    [TestCase(413, "rejected")]
    [TestCase(415, "rejected")]
    [TestCase(422, "rejected")]
    [TestCase(401, "retry")]
    [TestCase(403, "retry")]
    [TestCase(408, "retry")]
    [TestCase(429, "retry")]
    [TestCase(500, "retry")]
    [TestCase(503, "retry")]
    public async Task An_answer_is_classified_for_the_outbox(int status, string expected)
    {
        var kind = await ImportAndCallAsync("lib/outbox.js", "m.classify({ reached: true, status: Number(arg), ok: arg >= 200 && arg < 300 })", status.ToString());

        Assert.That(kind, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_service_that_cannot_be_reached_means_retry()
    {
        var kind = await ImportAndCallAsync("lib/outbox.js", "m.classify({ reached: false, reason: arg })", "unreachable");

        Assert.That(kind, Is.EqualTo("retry"));
    }

    [TestCase("don't call", "No phone calls, please.", null, "Phone: don't call — 'No phone calls, please.'")]
    [TestCase("one short call is fine", null, "once", "Phone: one short call is fine (once)")]
    [TestCase("calls welcome", "Questions? Ring Priya on the number below.", null, "Phone: calls welcome — 'Questions? Ring Priya on the number below.'")]
    public async Task The_phone_verdict_is_shown_in_the_words_the_service_sends_with_its_evidence(string wording, string? evidence, string? limit, string expected)
    {
        var phone = System.Text.Json.JsonSerializer.Serialize(new { verdict = "someVerdict", wording, evidence, limit });

        var line = await ImportAndCallAsync("lib/wording.js", "m.phoneLine(JSON.parse(arg))", phone);

        Assert.That(line, Is.EqualTo(expected));
    }

    [TestCase("email", "dana@acme.example", "Dana Lee", "hiringManager", "Email: dana@acme.example (Dana Lee, hiring manager)")]
    [TestCase("phone", "+15550102234", null, null, "Phone: +15550102234")]
    [TestCase("person", "Jana Berger", "Jana Berger", "hr", "Person: Jana Berger")]
    public async Task A_contact_is_worded_with_its_name_and_role(string kind, string value, string? name, string? role, string expected)
    {
        var contact = System.Text.Json.JsonSerializer.Serialize(new { kind, value, name, role });

        var line = await ImportAndCallAsync("lib/wording.js", "m.contactLine(JSON.parse(arg))", contact);

        Assert.That(line, Is.EqualTo(expected));
    }

    [TestCase("https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=pilot", "https://www.linkedin.com/jobs/view/3912345678/")]
    [TestCase("https://www.linkedin.com/jobs/collections/recommended/?currentJobId=42", "https://www.linkedin.com/jobs/view/42/")]
    [TestCase("https://de.indeed.com/jobs?q=kran&l=Hamburg&vjk=5f3c1a2b9d8e7f60", "https://de.indeed.com/viewjob?jk=5f3c1a2b9d8e7f60")]
    [TestCase("https://www.indeed.co.uk/jobs?q=crane&vjk=abc123", "https://www.indeed.co.uk/viewjob?jk=abc123")]
    [TestCase("https://www.linkedin.com/jobs/view/3912345678/", "https://www.linkedin.com/jobs/view/3912345678/")]
    [TestCase("https://careers.acme.example/jobs?currentJobId=7&vjk=8", "https://careers.acme.example/jobs?currentJobId=7&vjk=8")]
    public async Task A_split_views_address_becomes_the_selected_jobs_own_address_on_the_boards_we_know(string pageUrl, string expected)
    {
        var postingUrl = await ImportAndCallAsync("lib/selected-job.js", "m.postingUrlFor(arg)", pageUrl);

        Assert.That(postingUrl, Is.EqualTo(expected));
    }

    [Test]
    public async Task The_detail_pane_becomes_a_page_of_its_own_with_the_postings_address_as_canonical()
    {
        var pane = System.Text.Json.JsonSerializer.Serialize(new
        {
            paneHtml = "<div><h1>Crane Operator</h1></div>",
            title = "Crane <Operator> & Co",
            language = "en",
            pageUrl = "https://www.linkedin.com/jobs/search/?currentJobId=42&q=\"crane\"",
            postingUrl = "https://www.linkedin.com/jobs/view/42/",
        });

        var html = await ImportAndCallAsync("lib/selected-job.js", "m.detailDocument(JSON.parse(arg))", pane);

        Assert.That(html, Is.EqualTo("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Crane &lt;Operator&gt; &amp; Co</title>"
            + "<base href=\"https://www.linkedin.com/jobs/search/?currentJobId=42&amp;q=&quot;crane&quot;\">"
            + "<link rel=\"canonical\" href=\"https://www.linkedin.com/jobs/view/42/\"></head>"
            + "<body><div><h1>Crane Operator</h1></div></body></html>"));
    }

    private Task<string?> ImportAndCallAsync(string module, string expression, string arg) =>
        ControlPage.EvaluateAsync<string?>(
            $"async arg => {{ const m = await import('/{module}'); return await ({expression}); }}", arg);
}
