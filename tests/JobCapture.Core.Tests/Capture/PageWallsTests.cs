using JobCapture.Core.Capture;

namespace JobCapture.Core.Tests.Capture;

/// <summary>
/// Sign-in forms, captchas and cookie dialogs that stand where a posting should be are told apart from postings, and
/// postings that merely carry a sign-in modal or a cookie banner stay postings.
/// </summary>
public class PageWallsTests
{
    private static readonly PostingAnalyzer Analyzer = PostingAnalyzer.CreateDefault();

    [TestCase("sign-in.html", PageWall.SignIn)]
    [TestCase("anmelden.html", PageWall.SignIn)]
    [TestCase("captcha.html", PageWall.Captcha)]
    [TestCase("browser-check.html", PageWall.Captcha)]
    [TestCase("cookie-wall.html", PageWall.CookieDialog)]
    public void A_page_that_stands_in_front_of_the_posting_is_a_wall(string page, PageWall expected)
    {
        var html = Fixtures.Read("Walls", page);

        Assert.That(PageWalls.Find(html, Analyzer.AnalyzeHtml(html, "https://jobs.example.org/1")), Is.EqualTo(expected));
    }

    private const string SignInModal =
        "<div class=\"modal\"><h2>Sign in to apply faster</h2><form action=\"/session\" method=\"post\">"
        + "<input type=\"email\" name=\"email\"><input type=\"password\" name=\"password\"><button type=\"submit\">Sign in</button></form></div>";

    private const string CookieBanner =
        "<div id=\"onetrust-banner-sdk\"><p>We use cookies to improve your experience and to measure how our careers site is used. "
        + "You can accept all cookies or manage your preferences.</p><button>Accept all</button> <button>Manage preferences</button></div>";

    [TestCase(SignInModal, PageWall.SignIn)]
    [TestCase(CookieBanner, PageWall.CookieDialog)]
    public void A_posting_with_a_sign_in_modal_or_cookie_banner_is_no_wall_but_the_same_page_without_its_posting_is(string overlay, PageWall withoutPosting)
    {
        var html = Fixtures.Read("Walls", "crestline-posting.html").Replace("</body>", overlay + "</body>", StringComparison.Ordinal);
        var postingCut = html[..html.IndexOf("<main>", StringComparison.Ordinal)] + html[(html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length)..];

        Assert.That(PageWalls.Find(html, Analyzer.AnalyzeHtml(html, null)), Is.Null, "the posting itself");
        Assert.That(PageWalls.Find(postingCut, Analyzer.AnalyzeHtml(postingCut, null)), Is.EqualTo(withoutPosting), "its overlay alone");
    }

    [Test]
    public void The_wall_is_described_as_the_capture_reports_it() =>
        Assert.That(PageWall.SignIn.Describe(), Is.EqualTo("this page asks you to sign in"));

    public static IEnumerable<TestCaseData> CorpusPageCases() =>
        CorpusPages.FileNames().Select(name => new TestCaseData(name).SetName($"Corpus page {name} is no wall"));

    [Test]
    public void Every_corpus_page_is_a_wall_case() => CorpusPages.AssertOneCasePerPage(CorpusPageCases().Select(c => (string)c.Arguments[0]!));

    /// <summary>Parsed whatever their length (the analysis' short cut skipped), so the rules themselves are shown to
    /// leave every real posting alone.</summary>
    [TestCaseSource(nameof(CorpusPageCases))]
    public void A_real_posting_is_never_taken_for_a_wall(string page) =>
        Assert.That(PageWalls.Find(CorpusPages.Read(page)), Is.Null);
}
