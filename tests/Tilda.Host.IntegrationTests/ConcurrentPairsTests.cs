using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// Guards the database keeps, whatever arrives at the same moment: each pair is sent concurrently 50 times, and every
/// time exactly one request wins (201) and the other is told why (409) — never two winners, never a 500.
/// </summary>
public sealed class ConcurrentPairsTests(TildaApp app, ITestOutputHelper output) : IClassFixture<TildaApp>
{
    private const int Pairs = 50;
    private static readonly string[] ApplicationColumns =
    [
        "CaseId", "ReceivedOn", "Channel", "Urgent", "ConsentGiven", "ReferrerType", "ReferrerOrganisation", "ApplicantRole", "ExploitationForms",
        "ExploitationLocation", "ExploitationCountries", "MinorAtTime", "DependentChildren", "PreviousApplicationId", "RecordedAt",
    ];

    private readonly HttpClient _caseworker = app.ClientAs("caseworker");

    /// <summary>A request one of the two racers sends, from its own client.</summary>
    private delegate Task<HttpResponseMessage> Request(HttpClient client);

    /// <summary>
    /// <see cref="Pairs"/> times: <paramref name="arrange"/> sets up a fresh pair, both requests go out at the same moment
    /// (each from its own client), and <paramref name="check"/> looks at what was stored. Every time one must win (201)
    /// and the other be told 409.
    /// </summary>
    private async Task RaceAsync<T>(string pair, HttpClient one, HttpClient other, Func<Task<T>> arrange, Func<T, (Request First, Request Second)> requests, Func<T, Task> check)
    {
        var outcomes = new List<(HttpStatusCode Winner, HttpStatusCode Loser)>();
        for (var i = 0; i < Pairs; i++)
        {
            var arranged = await arrange();
            var (first, second) = requests(arranged);
            var responses = await Task.WhenAll(Task.Run(() => first(one)), Task.Run(() => second(other)));
            var statuses = responses.Select(r => r.StatusCode).OrderBy(s => s == HttpStatusCode.Created ? 0 : 1).ToArray();
            outcomes.Add((statuses[0], statuses[1]));
            await check(arranged);
        }
        output.WriteLine($"{TestProvider.Current}: {pair}: {Pairs} pairs → " +
                         string.Join(", ", outcomes.GroupBy(o => $"{(int)o.Winner}+{(int)o.Loser}").Select(g => $"{g.Count()}× {g.Key}")));
        Assert.All(outcomes, o => Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Conflict), o));
    }

    private Task<long> AdmissionsAsync(string column, Guid id) =>
        DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions", $"\"{column}\" = {Sql.Id(id)}");

    [Fact]
    public Task Given_two_admissions_of_one_application_sent_at_the_same_moment_50_times_Then_each_time_one_is_made_and_the_other_gets_409() =>
        RaceAsync("two admissions of one application", app.ClientFor("director-a", "decision-maker"), app.ClientFor("director-b", "decision-maker"),
            arrange: () => _caseworker.RegisterAsync(),
            requests: a => (c => c.PostJson("/api/decisions/admission", Api.Admission(a.ApplicationId)), c => c.PostJson("/api/decisions/admission", Api.Admission(a.ApplicationId))),
            check: async a => Assert.Equal(1, await AdmissionsAsync("ApplicationId", a.ApplicationId)));

    [Fact]
    public Task Given_a_case_with_two_pending_applications_When_both_are_admitted_at_the_same_moment_50_times_Then_the_database_lets_one_admission_open() =>
        // Cases never lets a case have two pending applications; this builds that state behind its back, to show that the
        // database itself keeps one open admission per case, whatever the services' checks saw.
        RaceAsync("admissions of two applications of one case", app.ClientFor("director-a", "decision-maker"), app.ClientFor("director-b", "decision-maker"),
            arrange: async () =>
            {
                var (first, caseId) = await _caseworker.RegisterAsync();
                return (First: first, Second: await CopyApplicationAsync(first), CaseId: caseId);
            },
            requests: a => (c => c.PostJson("/api/decisions/admission", Api.Admission(a.First)), c => c.PostJson("/api/decisions/admission", Api.Admission(a.Second))),
            check: async a => Assert.Equal(1, await AdmissionsAsync("CaseId", a.CaseId)));

    [Fact]
    public Task Given_two_reapplications_of_one_case_sent_at_the_same_moment_50_times_Then_each_time_one_is_registered_and_the_other_gets_409() =>
        RaceAsync("two re-applications of one case", app.ClientFor("caseworker-a", "caseworker"), app.ClientFor("caseworker-b", "caseworker"),
            arrange: async () =>
            {
                var (applicationId, caseId) = await _caseworker.RegisterAsync(Api.Application("2024-03-01"));
                await app.ClientAs("decision-maker").DecideAsync(Api.Admission(applicationId, "2024-03-10", "rejected", "no-need-for-assistance"));
                return caseId;
            },
            requests: caseId => (c => c.PostJson("/api/applications", Api.Reapplication(caseId, "2024-04-01")), c => c.PostJson("/api/applications", Api.Reapplication(caseId, "2024-04-02"))),
            check: async caseId => Assert.Equal(2, await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications", $"\"CaseId\" = {Sql.Id(caseId)}")));

    [Theory]
    [InlineData("rejected", "2024-03-09", HttpStatusCode.UnprocessableEntity)] // the day before the rejection
    [InlineData("rejected", "2024-03-10", HttpStatusCode.Created)]             // the day of the rejection
    [InlineData("removed", "2024-05-31", HttpStatusCode.UnprocessableEntity)]  // after the admission, before the removal
    [InlineData("removed", "2024-06-01", HttpStatusCode.Created)]
    public async Task Given_an_earlier_decision_When_the_person_applies_again_Then_the_new_application_may_not_be_dated_before_it(string earlier, string receivedOn, HttpStatusCode expected)
    {
        var director = app.ClientAs("decision-maker");
        var (applicationId, caseId) = await _caseworker.RegisterAsync(Api.Application("2024-03-01"));
        if (earlier == "rejected")
        {
            await director.DecideAsync(Api.Admission(applicationId, "2024-03-10", "rejected", "other"));
        }
        else
        {
            await director.DecideAsync(Api.Admission(applicationId, "2024-03-10"));
            await (await director.PostJson("/api/decisions/removal", Api.Removal(caseId, "2024-06-01"))).ShouldBe(HttpStatusCode.Created);
        }

        var response = await _caseworker.PostJson("/api/applications", Api.Reapplication(caseId, receivedOn));

        if (expected == HttpStatusCode.Created) await response.ShouldBe(expected);
        else await response.ShouldBeProblem(expected, "receivedOn");
        Assert.Equal(expected == HttpStatusCode.Created ? 2 : 1, await DatabaseFile.CountAsync(app.DatabaseFile, "cases_applications", $"\"CaseId\" = {Sql.Id(caseId)}"));
    }

    /// <summary>A second, pending application on the same case, written straight into the database.</summary>
    private async Task<Guid> CopyApplicationAsync(Guid applicationId)
    {
        var copy = Guid.CreateVersion7();
        var columns = string.Join(", ", ApplicationColumns.Select(c => $"\"{c}\""));
        string Insert(string table) => $"INSERT INTO {table} (\"Id\", {columns}) SELECT {Sql.Id(copy)}, {columns} FROM {table} WHERE \"Id\" = {Sql.Id(applicationId)}";
        await DatabaseFile.ExecuteAsync(app.DatabaseFile, Insert("\"cases_applications\""), Insert("\"cases\".\"applications\""), Insert("\"cases\".\"applications\""));
        return copy;
    }
}
