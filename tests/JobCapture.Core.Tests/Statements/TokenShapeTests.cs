using JobCapture.Core.Statements;

namespace JobCapture.Core.Tests.Statements;

/// <summary>Shapes of words the phrase data must see as one token, or must not.</summary>
public class TokenShapeTests
{
    [TestCase("les candidat·e·s retenu·e·s", "les candidats retenus")]
    [TestCase("intéressé·e ?", "intéressé ?")]
    [TestCase("technicien·ne·s et directeur·rice", "techniciens et directeur")]
    [TestCase("bewerber:innen und mitarbeiter/innen, bitte", "bewerberinnen und mitarbeiterinnen, bitte")]
    [TestCase("bewerber*innen oder bewerber_in.", "bewerberinnen oder bewerberin.")]
    public void A_gender_inclusive_ending_joins_its_word(string folded, string joined) =>
        Assert.That(GenderedEndings.Join(folded), Is.EqualTo(joined));

    [TestCase("linkedin.com/in/maria-lopez")]
    [TestCase("www.acme.example/in/")]
    [TestCase("uhrzeit: in zwei wochen")]
    public void An_address_or_a_label_keeps_its_colon_and_slash(string folded) =>
        Assert.That(GenderedEndings.Join(folded), Is.EqualTo(folded));

    [TestCase("apply at careers.harborline.example.com today", "<url>")]
    [TestCase("bewerbung über karriere.stadtwerke.example.de/jobs bitte", "<url>")]
    [TestCase("we use asp.net and vb.net daily", null)]
    [TestCase("z.b. s.a. e.g. 8.00", null)]
    public void A_host_name_without_its_scheme_is_a_link(string folded, string? expected)
    {
        var tokens = new List<string>();
        TextNormalizer.Tokenize(folded, new HashSet<string>(), (_, _, _) => false, tokens);

        Assert.That(tokens.Contains(TextNormalizer.UrlToken) ? TextNormalizer.UrlToken : null, Is.EqualTo(expected), string.Join(" ", tokens));
    }

    [TestCase("bewerbungen bis 30. april an jobs", false)]
    [TestCase("wir melden uns bis zum 30. danach nicht mehr", true)]
    public void A_day_before_its_month_ends_no_clause(string folded, bool endsClause)
    {
        var tokens = new List<string>();
        TextNormalizer.Tokenize(folded, new HashSet<string>(), (_, _, _) => false, tokens);

        Assert.That(tokens.Contains(TextNormalizer.HardBoundary), Is.EqualTo(endsClause), string.Join(" ", tokens));
    }
}
