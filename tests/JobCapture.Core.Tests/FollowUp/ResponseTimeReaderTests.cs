using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests.FollowUp;

public class ResponseTimeReaderTests
{
    [TestCase("We aim to respond within 10 working days.", 10, ResponseTimeUnit.WorkingDays, 10)]
    [TestCase("If you have not heard from us within 14 days, please take it that we will not proceed.", 14, ResponseTimeUnit.Days, 10)]
    [TestCase("Please allow two weeks for a reply to your application.", 2, ResponseTimeUnit.Weeks, 10)]
    [TestCase("Expect an update in the next 3 business days.", 3, ResponseTimeUnit.WorkingDays, 3)]
    [TestCase("Wir melden uns innerhalb von 2 Wochen bei Ihnen.", 2, ResponseTimeUnit.Weeks, 10)]
    [TestCase("Eine Rückmeldung erhalten Sie binnen 10 Arbeitstagen.", 10, ResponseTimeUnit.WorkingDays, 10)]
    [TestCase("Nous vous répondrons sous 15 jours.", 15, ResponseTimeUnit.Days, 11)]
    [TestCase("Sans réponse de notre part dans un délai de trois semaines, considérez la place pourvue.", 3, ResponseTimeUnit.Weeks, 15)]
    [TestCase("Te daremos una respuesta en un plazo de 10 días.", 10, ResponseTimeUnit.Days, 8)]
    [TestCase("Si no recibes noticias dentro de 15 días hábiles, la vacante estará cubierta.", 15, ResponseTimeUnit.WorkingDays, 15)]
    [TestCase("Je hoort binnen 2 weken van ons.", 2, ResponseTimeUnit.Weeks, 10)]
    [TestCase("We reageren binnen vijf werkdagen op je sollicitatie.", 5, ResponseTimeUnit.WorkingDays, 5)]
    public void A_stated_response_time_is_read(string sentence, int amount, ResponseTimeUnit unit, int businessDays)
    {
        var stated = ResponseTimeReader.Find(sentence);

        Assert.That(stated, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(stated!.Amount, Is.EqualTo(amount));
            Assert.That(stated.Unit, Is.EqualTo(unit));
            Assert.That(stated.BusinessDays, Is.EqualTo(businessDays));
            Assert.That(sentence[stated.Start..stated.End], Is.EqualTo(stated.Text));
        });
    }

    [TestCase("You will be onboarded within 2 weeks of signing.")]
    [TestCase("The role involves travel 3 days a week.")]
    [TestCase("Wir bieten 30 Tage Urlaub.")]
    [TestCase("Prise de poste sous 15 jours.")]
    [TestCase("We answer every application within 900 days.")]
    [TestCase("")]
    public void A_duration_that_is_not_a_promise_to_answer_is_ignored(string sentence)
    {
        Assert.That(ResponseTimeReader.Find(sentence), Is.Null);
    }

    [Test]
    public void The_reply_cue_must_share_the_sentence_with_the_duration()
    {
        Assert.That(ResponseTimeReader.Find("Start within 2 weeks. We respond to every applicant."), Is.Null);
    }

    [Test]
    public void A_long_page_with_no_stated_time_is_read_in_time_that_grows_linearly_with_the_page()
    {
        static string Page(int sentences) => string.Concat(Enumerable.Repeat("We build tools in 2 week sprints and review them within the team. ", sentences));

        Assert.That(ResponseTimeReader.Find(Page(6000)), Is.Null);
        Assert.That(Growth.EightfoldInputSlowdown(Page, page => ResponseTimeReader.Find(page), 750), Is.LessThan(Growth.LinearBound),
            "eight times the page should take about eight times as long, not 64");
    }
}
