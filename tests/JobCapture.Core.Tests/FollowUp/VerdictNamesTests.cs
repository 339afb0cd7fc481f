using System.Text.Json;
using JobCapture.Core.FollowUp;

namespace JobCapture.Core.Tests.FollowUp;

public class VerdictNamesTests
{
    [Test]
    public void Every_verdict_is_named_as_the_analysis_json_writes_it_and_reads_back()
    {
        Assert.Multiple(() =>
        {
            foreach (var verdict in Enum.GetValues<Verdict>())
            {
                Assert.That(VerdictNames.Name(verdict), Is.EqualTo(JsonSerializer.Serialize(verdict, AnalysisJson.Options).Trim('"')));
                Assert.That(VerdictNames.Parse(VerdictNames.Name(verdict)), Is.EqualTo(verdict));
            }

            Assert.That(VerdictNames.All, Is.EqualTo(new[] { "forbidden", "discouraged", "allowed", "invited" }));
            Assert.That(VerdictNames.Parse("Forbidden"), Is.Null, "names are exact");
        });
    }
}
