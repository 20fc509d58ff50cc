using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using LeadershipModel.Campaigns.Api;
using LeadershipModel.Campaigns.Campaigns;
using LeadershipModel.Campaigns.Data;
using LeadershipModel.Campaigns.Tests.Infrastructure;
using LeadershipModel.Instruments;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeadershipModel.Campaigns.Tests.Durability;

/// <summary>Process tests start real servers: they run one at a time, in <c>.ci/run</c>'s serial step.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class SerialProcesses;

/// <summary>
/// No data lost: the built app on 127.0.0.1 takes a bounded burst of submissions from several clients through the
/// JSON API, dies by SIGKILL in the middle, starts again on the same database, and every submission that was
/// answered with success is there exactly once, with the answers that were sent.
/// </summary>
[Collection(typeof(SerialProcesses))]
public sealed class ProcessTests
{
    private const int Clients = 6;
    private const int RatersPerClient = 20;
    private const int KillAfterAcknowledged = Clients * RatersPerClient / 2;
    private const string Password = "crash-test-password-1";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Server_KilledMidBurst_KeepsEveryAcknowledgedSubmissionExactlyOnce(DatabaseProvider provider)
    {
        var cancel = TestContext.Current.CancellationToken;
        var dataFolder = Path.Combine(Path.GetTempPath(), "campaigns-crash", Guid.NewGuid().ToString("N"));
        var postgres = provider == DatabaseProvider.Postgres ? PostgresServer.CreateDatabase() : ((string Name, string ConnectionString)?)null;
        var connectionString = postgres?.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "campaigns.db")}";
        var settings = new Dictionary<string, string>
        {
            ["Campaigns:DataFolder"] = dataFolder,
            ["Campaigns:InitialAdminPassword"] = Password,
            ["Campaigns:LinkRequestsPerMinute"] = "100000",
            ["Campaigns:Database"] = provider.ToString(),
            ["ConnectionStrings:Campaigns"] = connectionString,
        };
        try
        {
            // Before: a campaign with one rater per planned submission.
            List<(Guid Id, string Token, double Value)> raters;
            var acknowledged = new ConcurrentDictionary<Guid, double>();
            var failures = new ConcurrentBag<string>();
            using (var app = await CampaignsProcess.StartAsync(settings, cancel))
            {
                raters = await PrepareAsync(app, cancel);

                // The burst: each client submits its raters one after another; when half of all submissions have been
                // acknowledged, the server is killed while the clients are still sending.
                var killed = 0;
                await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(
                    async () =>
                    {
                        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
                        foreach (var (id, token, value) in raters.Skip(c * RatersPerClient).Take(RatersPerClient))
                        {
                            HttpResponseMessage response;
                            try
                            {
                                response = await client.PostAsJsonAsync($"api/rate/{token}/submission", Body(value), cancel);
                            }
                            catch (HttpRequestException)
                            {
                                return; // The server is gone: this submission's fate is unknown, and it was not acknowledged.
                            }

                            using (response)
                            {
                                if (response.StatusCode != HttpStatusCode.OK)
                                {
                                    failures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
                                    return;
                                }

                                var receipt = await response.Content.ReadFromJsonAsync<SubmitReceipt>(ApiDriver.Json, cancel);
                                receipt!.AlreadySubmitted.Should().BeFalse();
                                acknowledged[id] = value;
                            }

                            if (acknowledged.Count >= KillAfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                            {
                                app.KillNow();
                            }
                        }
                    },
                    cancel)));

                failures.Should().BeEmpty("until the kill, every submission is answered with success");
                killed.Should().Be(1, "the server was killed in the middle of the burst");
            }

            acknowledged.Count.Should().BeInRange(KillAfterAcknowledged, raters.Count - 1, "the kill came before the burst ended");
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{provider}: {acknowledged.Count} of {raters.Count} submissions acknowledged before SIGKILL.");

            // After: the same database, a fresh process.
            using (var app = await CampaignsProcess.StartAsync(settings, cancel))
            {
                var stored = await StoredAsync(provider, connectionString, cancel);
                foreach (var (id, value) in acknowledged)
                {
                    stored.Where(s => s.RaterId == id).Should().ContainSingle($"rater {id} was told their answers are in")
                        .Which.Answers.Values.Should().AllSatisfy(v => v.Should().Be(value));
                }

                stored.GroupBy(s => s.RaterId).Should().OnlyContain(g => g.Count() == 1, "no submission is stored twice");
                stored.Count.Should().BeLessThanOrEqualTo(acknowledged.Count + Clients, "at most one unanswered request per client was in flight");

                // The restarted app agrees: an acknowledged rater's link says the answers are in.
                using var client = new HttpClient { BaseAddress = app.BaseAddress };
                foreach (var (_, token, _) in raters.Where(r => acknowledged.ContainsKey(r.Id)).Take(10))
                {
                    (await client.GetAsync(new Uri($"api/rate/{token}", UriKind.Relative), cancel)).StatusCode.Should().Be(HttpStatusCode.Conflict);
                }
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (postgres is { } database)
            {
                PostgresServer.DropDatabase(database.Name);
            }

            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder.
            }
        }
    }

    private static object Body(double value)
        => new { answers = CanonicalInstruments.Short.Items.ToDictionary(i => i.Id, _ => (double?)value) };

    private static async Task<List<(Guid Id, string Token, double Value)>> PrepareAsync(CampaignsProcess app, CancellationToken cancel)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var admin = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        (await admin.PostAsJsonAsync("api/session", new { userName = "admin", password = Password }, cancel)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var person = await ApiDriver.Read<PersonEntry>(await admin.PostAsJsonAsync("api/people", new { name = "Tanja Example" }, cancel), HttpStatusCode.Created);
        var campaign = await ApiDriver.Read<CampaignDetails>(
            await admin.PostAsJsonAsync("api/campaigns", new { personId = person.Id, title = "Crash 360", instrumentId = CanonicalInstruments.ShortId, deadline = DateTimeOffset.UtcNow.AddDays(7) }, cancel),
            HttpStatusCode.Created);
        var raters = new List<(Guid, string, double)>();
        for (var i = 0; i < Clients * RatersPerClient; i++)
        {
            var link = await ApiDriver.Read<CampaignApi.LinkAnswer>(
                await admin.PostAsJsonAsync($"api/campaigns/{campaign.Id}/raters", new { role = "peer", label = "peer " + i.ToString(CultureInfo.InvariantCulture) }, cancel),
                HttpStatusCode.OK);
            raters.Add((link.Id, link.Token, 1 + (i % 5)));
        }

        return raters;
    }

    // Read straight from the database, not through the app: what is on disk is what counts.
    private static async Task<List<(Guid RaterId, Dictionary<string, double> Answers)>> StoredAsync(DatabaseProvider provider, string connectionString, CancellationToken cancel)
    {
        CampaignsDbContext db = provider == DatabaseProvider.Postgres
            ? new PostgresCampaignsDbContext(new DbContextOptionsBuilder<PostgresCampaignsDbContext>().UseNpgsql(connectionString).Options)
            : new SqliteCampaignsDbContext(new DbContextOptionsBuilder<SqliteCampaignsDbContext>().UseSqlite(connectionString).Options);
        await using (db)
        {
            var rows = await db.Submissions.AsNoTracking().Select(s => new { s.RaterId, s.Answers }).ToListAsync(cancel);
            return rows.Select(r => (r.RaterId, AnswerJson.ReadAnswers(r.Answers))).ToList();
        }
    }
}
