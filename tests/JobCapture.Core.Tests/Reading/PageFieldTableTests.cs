using JobCapture.Core.Reading;

namespace JobCapture.Core.Tests.Reading;

/// <summary>
/// Title and company on small pages of sites the reader has no markup for: each row a way pages state them. A row
/// where the company stays empty has a twin that differs only in the defended point and gets one, so the defence is
/// what keeps it empty.
/// </summary>
public class PageFieldTableTests
{
    private readonly PageReader _reader = new(AnalyzerOptions.CreateDefault());

    public static IEnumerable<TestCaseData> Pages()
    {
        yield return Row("A title tag that repeats the h1 confirms it",
            "<title>Store Assistant</title>", "<h1>Store Assistant</h1><p>Stack shelves and serve customers.</p>", "Store Assistant", "");
        yield return Row("Title at Company in the title tag",
            "<title>Barista at Bean There | Jobboardly</title>", "<h1>Barista</h1><p>Pull shots.</p>", "Barista", "Bean There");
        yield return Row("Title at Company in the social title of a page without an h1",
            """<meta property="og:title" content="Barista at Bean There">""", "<div id=\"app\"></div>", "Barista", "Bean There");
        yield return Row("Title at Company in the h1 itself",
            "<title>Line Cook at Blue Door Diner</title>", "<h1>Line Cook at Blue Door Diner</h1><p>Cook.</p>", "Line Cook", "Blue Door Diner");
        yield return Row("Title bei Company",
            "<title>Pflegefachkraft (m/w/d) bei Klinikum Nord - StepStone</title>", "<h1>Pflegefachkraft (m/w/d)</h1><p>Pflegen.</p>",
            "Pflegefachkraft (m/w/d)", "Klinikum Nord");
        yield return Row("Title chez Company",
            "<title>Boulanger H/F chez Maison Dupain | Indeed</title>", "<h1>Boulanger H/F</h1><p>Pétrir.</p>", "Boulanger H/F", "Maison Dupain");
        yield return Row("Title bij Company",
            "<title>Verpleegkundige bij Zorggroep Rijn | Nationale Vacaturebank</title>", "<h1>Verpleegkundige</h1><p>Zorgen.</p>",
            "Verpleegkundige", "Zorggroep Rijn");
        yield return Row("Title en Company when the posting names the company",
            "<title>Camarero en Restaurante Olivo - InfoJobs</title>", "<h1>Camarero</h1><p>Únete a Restaurante Olivo este verano.</p>",
            "Camarero", "Restaurante Olivo");
        yield return Row("Title en Place is no company",
            "<title>Camarero en Madrid - InfoJobs</title>", "<h1>Camarero</h1><p>Buscamos camarero este verano.</p>", "Camarero", "");
        yield return Row("Title - Company | Board when the posting is about the company",
            "<title>Welder - Forge &amp; Co | Totaljobs</title>", "<h1>Welder</h1><p>About Forge &amp; Co</p><p>We weld gates.</p>",
            "Welder", "Forge & Co");
        yield return Row("Title - Place | Board is no company",
            "<title>Welder - Sheffield | Totaljobs</title>", "<h1>Welder</h1><p>We weld gates.</p>", "Welder", "");
        yield return Row("Title | Company | Board with the company named in the text",
            "<title>Data Clerk | Orbit Freight | LinkedIn</title>", "<h1>Data Clerk</h1><p>Orbit Freight is a carrier in Leeds.</p>",
            "Data Clerk", "Orbit Freight");
        yield return Row("Title - Company backed by the employer's slug in the page's URL",
            """<meta property="og:title" content="Designer - Lumen Labs"><meta property="og:url" content="https://apply.workable.com/lumen-labs/j/AB12345">""",
            "<div id=\"app\"></div>", "Designer", "Lumen Labs");
        yield return Row("A board's suffix is cut from the title",
            """<meta property="og:title" content="Cleaner - Jobberman">""", "<div id=\"app\"></div>", "Cleaner", "");
        yield return Row("og:site_name naming the employer",
            """<title>Baker</title><meta property="og:site_name" content="Harbour Bakery Careers">""",
            "<h1>Baker</h1><p>Join Harbour Bakery and bake for the harbour.</p>", "Baker", "Harbour Bakery");
        yield return Row("og:site_name naming a job board",
            """<title>Baker</title><meta property="og:site_name" content="Indeed">""",
            "<h1>Baker</h1><p>Join Indeed and bake for the harbour.</p>", "Baker", "");
        yield return Row("og:site_name that the posting never names",
            """<title>Baker</title><meta property="og:site_name" content="Harbour Bakery Careers">""",
            "<h1>Baker</h1><p>Bake for the harbour.</p>", "Baker", "");
        yield return Row("A board-name-only title tag",
            "<title>Cleaner | LinkedIn</title>", "<h1>Cleaner</h1><p>Clean offices at night.</p>", "Cleaner", "");
        yield return Row("The career site's own name, named in its text",
            """<title>Courier</title><link rel="canonical" href="https://careers.bluefinch.example/jobs/4242">""",
            "<h1>Courier</h1><h2>About Bluefinch</h2><p>We deliver.</p>", "Courier", "Bluefinch");
        yield return Row("The employer's tenant on a tracking system's host",
            """<meta property="og:title" content="Analyst"><meta property="og:url" content="https://northwind.wd3.myworkdayjobs.com/en-US/External/job/Analyst_R1234">""",
            "<h1>Analyst</h1><p>Analyse sales at Northwind and report weekly.</p>", "Analyst", "Northwind");
        yield return Row("JSON-LD hiringOrganization as a string",
            JsonLd("\"Pine Dental\""), "<p>Body.</p>", "Hygienist", "Pine Dental");
        yield return Row("JSON-LD hiringOrganization as an object",
            JsonLd("""{"@type":"Organization","name":"Pine Dental"}"""), "<p>Body.</p>", "Hygienist", "Pine Dental");
        yield return Row("JSON-LD hiringOrganization that is a job board",
            JsonLd("""{"@type":"Organization","name":"Job Bank"}"""), "<p>Body.</p>", "Hygienist", "");
        yield return Row("Microdata hiringOrganization",
            "<title>Roofer</title>",
            """<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Roofer</h1><div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Slate &amp; Sons</span></div></div>""",
            "Roofer", "Slate & Sons");
        yield return Row("RDFa hiringOrganization",
            "<title>Roofer</title>",
            """<div vocab="https://schema.org/" typeof="JobPosting"><h1 property="title">Roofer</h1><p>Posted by <span property="hiringOrganization" typeof="Organization"><span property="name">Slate &amp; Sons</span></span></p></div>""",
            "Roofer", "Slate & Sons");
        yield return Row("A Company: line",
            "<title>Plumber</title>", "<h1>Plumber</h1><ul><li>Company: Acme Plumbing</li><li>Location: Bristol</li></ul>", "Plumber", "Acme Plumbing");
        yield return Row("A Company size: line is no company",
            "<title>Plumber</title>", "<h1>Plumber</h1><ul><li>Company size: 200</li><li>Location: Bristol</li></ul>", "Plumber", "");
        yield return Row("An Arabic page, right to left",
            "<title>محاسب - شركة النور | بيت.كوم</title>", "<h1>محاسب</h1><p>انضم إلى شركة النور في عمان.</p>", "محاسب", "شركة النور");
        yield return Row("An Arabic company label",
            "<title>محاسب</title>", "<h1>محاسب</h1><p>اسم الشركة: شركة الأمل</p>", "محاسب", "شركة الأمل");
        yield return Row("A Chinese page with a company label",
            "<title>前端工程师</title>", "<h1>前端工程师</h1><p>公司名称：星河科技有限公司</p>", "前端工程师", "星河科技有限公司");
        yield return Row("A Chinese title tag with the company named in the text",
            "<title>前端工程师 - 星河科技 | 智联招聘</title>", "<h1>前端工程师</h1><p>关于星河科技</p>", "前端工程师", "星河科技");
        yield return Row("A Korean company label",
            "<title>사무보조</title>", "<h1>사무보조</h1><ul><li><em>기업명</em>한빛상사</li></ul>", "사무보조", "한빛상사");
        yield return Row("A results page",
            "<title>124 Barista Jobs | Jobboardly</title>", "<h1>124 barista jobs</h1><p>Barista at Bean There</p>", "", "");
    }

    [TestCaseSource(nameof(Pages))]
    public void A_page_shows_its_title_and_company(string html, string title, string company)
    {
        var fields = _reader.ReadHtml(html, null).Fields;

        Assert.That((fields.Title, fields.Company), Is.EqualTo((title, company)));
    }

    private static TestCaseData Row(string name, string head, string body, string title, string company) =>
        new TestCaseData($"<html><head>{head}</head><body>{body}</body></html>", title, company).SetName(name);

    private static string JsonLd(string hiringOrganization) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Hygienist","hiringOrganization":{{hiringOrganization}}}</script>""";
}
