using JobCapture.Core.FollowUp;
using static JobCapture.Core.Tests.FollowUp.Given;

namespace JobCapture.Core.Tests.FollowUp;

public class RoleClassifierTests
{
    [TestCase("Barista")]
    [TestCase("Retail Store Associate")]
    [TestCase("Front Desk Agent – Harbour Hotel")]
    [TestCase("Kellnerin (m/w/d) im Restaurant Seeblick")]
    [TestCase("Vendeuse en boutique")]
    [TestCase("Camarero/a para cafetería")]
    [TestCase("Medewerker bediening horeca")]
    public void A_walk_in_trade_is_read_from_the_title(string title)
    {
        Assert.That(RoleClassifier.Classify(Facts(title: title)).IsWalkInTrade, Is.True);
    }

    [TestCase("Account Executive, Mid-Market")]
    [TestCase("Sales Development Representative")]
    [TestCase("Außendienstmitarbeiter Vertrieb")]
    [TestCase("Ingénieur commercial")]
    [TestCase("Ejecutivo de ventas")]
    [TestCase("Accountmanager zakelijke markt")]
    public void A_sales_role_is_read_from_the_title(string title)
    {
        Assert.That(RoleClassifier.Classify(Facts(title: title)).IsSalesRole, Is.True);
    }

    [TestCase("Senior Software Engineer")]
    [TestCase("Server Engineer")]
    [TestCase("Hostile-environment Safety Advisor")]
    [TestCase("Datenanalyst")]
    public void Other_jobs_are_neither(string title)
    {
        Assert.That(RoleClassifier.Classify(Facts(title: title)), Is.EqualTo(RoleTraits.None));
    }

    [Test]
    public void Without_a_title_the_opening_of_the_text_tells_the_trade()
    {
        Assert.That(RoleClassifier.Classify(Facts(text: "Our bakery needs a morning cashier. Come say hello.")).IsWalkInTrade, Is.True);
    }

    [Test]
    public void Without_a_title_only_the_first_line_counts_and_never_half_a_word()
    {
        var banner = "This site uses " + new string('x', 280) + " cookies to remember you.\nWe also run a bakery.";

        Assert.That(RoleClassifier.Classify(Facts(text: banner)), Is.EqualTo(RoleTraits.None));
    }

    [Test]
    public void With_a_title_a_casual_mention_in_the_text_does_not_count()
    {
        var facts = Facts(title: "Backend Developer", text: "You will build tools for our retail clients and the sales team.");

        Assert.That(RoleClassifier.Classify(facts), Is.EqualTo(RoleTraits.None));
    }
}
