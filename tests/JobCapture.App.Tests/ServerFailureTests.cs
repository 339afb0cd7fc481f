using System.Net;
using JobCapture.Storage;
using Microsoft.Data.Sqlite;

namespace JobCapture.App.Tests;

/// <summary>An exception inside an endpoint is answered by the one exception handler: 500 problem details that point
/// to the log, and the exception in the service's log. Its own fixture: the test breaks the service's database.</summary>
[Category("Threats")]
public class ServerFailureTests : ServiceFixture
{
    [Test]
    public async Task A_failing_endpoint_is_answered_500_problem_details_and_logged()
    {
        using (var healthy = await Client.GetAsync("/api/postings"))
        {
            Assert.That(healthy.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the list answers before the table is gone");
        }

        RenamePostingsTable();

        using var response = await Client.GetAsync("/api/postings");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("The service failed while answering; its log says why."));
        var log = await ServiceLogs.WaitForAsync(DataDirectory, "no such table: postings");
        Assert.That(log, Does.Contain("no such table: postings"), "the exception goes to the log, not to the client");
    }

    private void RenamePostingsTable()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory, StorageSetup.DatabaseFileName),
            Pooling = false,
        }.ToString());
        connection.Open();
        using var rename = connection.CreateCommand();
        rename.CommandText = "ALTER TABLE postings RENAME TO postings_moved_away";
        rename.ExecuteNonQuery();
    }
}
