using JobCapture.Core.Contacts;
using JobCapture.Core.Postings;
using JobCapture.Core.Reading;
using PhoneNumbers;

namespace JobCapture.Core.Tests.Contacts;

/// <summary>A number on a posting of its own country, written as people there write it at home and as they write
/// it for callers abroad, is found as E.164. The numbers are made up, but valid per libphonenumber's plans.</summary>
public class PhonesOfManyCountriesTests
{
    // region, the posting's location, the number written at home, the same number written for callers abroad.
    private static readonly (string Region, string Location, string National, string International)[] Countries =
    [
        ("US", "New York, NY", "(212) 736-4521", "+1 212 736 4521"),
        ("CA", "Toronto, Ontario, Canada", "(416) 861-2345", "+1 416-861-2345"),
        ("GB", "London, UK", "020 7946 0321", "+44 20 7946 0321"),
        ("IE", "Dublin, Ireland", "01 234 5678", "+353 1 234 5678"),
        ("AU", "Sydney, Australia", "(02) 9374 4000", "+61 2 9374 4000"),
        ("NZ", "Auckland, New Zealand", "09 379 1234", "+64 9 379 1234"),
        ("DE", "Berlin, Germany", "030 12345678", "+49 30 12345678"),
        ("AT", "Wien, Austria", "01 5123456", "+43 1 5123456"),
        ("CH", "Zürich, Switzerland", "044 668 18 00", "+41 44 668 18 00"),
        ("FR", "Paris, France", "01 42 68 53 00", "+33 1 42 68 53 00"),
        ("BE", "Bruxelles, Belgium", "02 234 56 78", "+32 2 234 56 78"),
        ("NL", "Amsterdam, Netherlands", "020 123 4567", "+31 20 123 4567"),
        ("ES", "Madrid, Spain", "912 345 678", "+34 912 345 678"),
        ("PT", "Lisboa, Portugal", "213 456 789", "+351 213 456 789"),
        ("IT", "Milano, Italy", "02 1234 5678", "+39 02 1234 5678"),
        ("DK", "København, Denmark", "33 12 34 56", "+45 33 12 34 56"),
        ("SE", "Stockholm, Sweden", "08-123 456 78", "+46 8 123 456 78"),
        ("NO", "Oslo, Norway", "22 12 34 56", "+47 22 12 34 56"),
        ("FI", "Helsinki, Finland", "09 1234567", "+358 9 1234567"),
        ("PL", "Warszawa, Poland", "22 123 45 67", "+48 22 123 45 67"),
        ("CZ", "Praha, Czech Republic", "212 345 678", "+420 212 345 678"),
        ("HU", "Budapest, Hungary", "06 1 234 5678", "+36 1 234 5678"),
        ("RO", "Bucharest, Romania", "021 123 4567", "+40 21 123 4567"),
        ("GR", "Athens, Greece", "21 0123 4567", "+30 21 0123 4567"),
        ("TR", "Istanbul, Turkey", "0212 123 45 67", "+90 212 123 45 67"),
        ("IL", "Tel Aviv, Israel", "03-123-4567", "+972 3-123-4567"),
        ("AE", "Dubai, UAE", "04 234 5678", "+971 4 234 5678"),
        ("ZA", "Cape Town, South Africa", "021 123 4567", "+27 21 123 4567"),
        ("KE", "Nairobi, Kenya", "020 2123456", "+254 20 2123456"),
        ("IN", "Mumbai, India", "022 2345 6789", "+91 22 2345 6789"),
        ("SG", "Singapore", "6123 4567", "+65 6123 4567"),
        ("MY", "Kuala Lumpur, Malaysia", "03-2123 4567", "+60 3-2123 4567"),
        ("PH", "Makati, Philippines", "(02) 8123 4567", "+63 2 8123 4567"),
        ("JP", "Tokyo, Japan", "03-1234-5678", "+81 3-1234-5678"),
        ("KR", "Seoul, South Korea", "02-123-4567", "+82 2-123-4567"),
        ("CN", "Beijing, China", "010 1234 5678", "+86 10 1234 5678"),
        ("HK", "Hong Kong", "2123 4567", "+852 2123 4567"),
        ("BR", "São Paulo, Brazil", "(11) 3123-4567", "+55 11 3123-4567"),
        ("MX", "Ciudad de México, Mexico", "55 1234 5678", "+52 55 1234 5678"),
        ("AR", "Buenos Aires, Argentina", "011 4123-4567", "+54 11 4123-4567"),
        ("CO", "Bogotá, Colombia", "601 234 5678", "+57 601 234 5678"),
        ("CL", "Santiago, Chile", "2 2123 4567", "+56 2 2123 4567"),
    ];

    private static readonly PhoneNumberUtil Library = PhoneNumberUtil.GetInstance();

    public static IEnumerable<TestCaseData> Numbers() =>
        Countries.SelectMany(c => new[]
        {
            new TestCaseData(c.Region, c.Location, c.National, c.International).SetName($"{c.Region} at home: {c.National}"),
            new TestCaseData(c.Region, c.Location, c.International, c.International).SetName($"{c.Region} for abroad: {c.International}"),
        });

    [Test]
    public void The_table_covers_at_least_thirty_countries()
    {
        Assert.That(Countries.Select(c => c.Region).Distinct().Count(), Is.GreaterThanOrEqualTo(30));
    }

    [TestCaseSource(nameof(Numbers))]
    public void A_number_on_a_posting_of_its_country_is_found_in_e164(string region, string location, string written, string international)
    {
        var expected = Library.Format(Library.Parse(international, region), PhoneNumberFormat.E164);
        Assert.That(Library.IsValidNumberForRegion(Library.Parse(international, region), region), $"{international} is a valid number of {region}");
        var page = new PageContent
        {
            Text = $"Questions about the role? Contact our recruiting team, Tel. {written}, Monday to Friday.",
            Sentences = [],
            Fields = new PostingFields { Location = location },
        };

        var phones = new ContactFinder(AnalyzerOptions.CreateDefault()).Find(page, "en").Where(c => c.Kind == ContactKind.Phone);

        Assert.That(phones.Select(p => p.Value), Is.EqualTo(new[] { expected }));
    }
}
