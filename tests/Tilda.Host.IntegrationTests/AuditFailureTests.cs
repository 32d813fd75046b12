using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// When the audit log cannot be written (docs/adr/0005-audit-before-the-change.md): a change is refused before it is made
/// (503, nothing written), a read shows nothing (503), and a change already made is answered truthfully even if its
/// outcome cannot be added to the audit entry. The failures are real ones: a trigger makes the audit table refuse writes.
/// </summary>
public sealed class AuditFailureTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _director = app.ClientFor("director", "caseworker", "decision-maker");

    private async Task WhileAuditRefuses(string operation, Func<Task> act)
    {
        await DatabaseFile.ExecuteAsync(app.DatabaseFile,
            $"CREATE TRIGGER audit_down BEFORE {operation} ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit store down'); END;",
            $"""
            CREATE OR REPLACE FUNCTION audit.down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END $$;
            CREATE TRIGGER audit_down BEFORE {operation} ON audit.entries FOR EACH ROW EXECUTE FUNCTION audit.down();
            """,
            $"CREATE TRIGGER audit.audit_down ON audit.entries INSTEAD OF {operation} AS THROW 50000, 'audit store down', 1;");
        try
        {
            await act();
        }
        finally
        {
            await DatabaseFile.ExecuteAsync(app.DatabaseFile, "DROP TRIGGER audit_down;", "DROP TRIGGER audit_down ON audit.entries;", "DROP TRIGGER audit.audit_down;");
        }
    }

    [Fact]
    public async Task Given_the_audit_log_refuses_writes_When_a_decision_is_submitted_Then_503_and_nothing_is_decided()
    {
        var (applicationId, caseId) = await _director.RegisterAsync();

        await WhileAuditRefuses("INSERT", async () =>
            await (await _director.PostJson("/api/decisions/admission", Api.Admission(applicationId))).ShouldBeProblem(HttpStatusCode.ServiceUnavailable));

        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions", $"\"ApplicationId\" = {Sql.Id(applicationId)}"));
        Assert.Equal(0, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_outbox_messages", $"\"Payload\" LIKE '%{applicationId}%'"));
        Assert.Equal("applicant", (await _director.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Given_the_audit_log_refuses_writes_When_a_new_application_is_registered_Then_503_and_no_case_is_created()
    {
        var cases = await DatabaseFile.CountAsync(app.DatabaseFile, "cases_cases");

        await WhileAuditRefuses("INSERT", async () =>
            await (await _director.PostJson("/api/applications", Api.Application(surname: "Kirjaamaton"))).ShouldBeProblem(HttpStatusCode.ServiceUnavailable));

        Assert.Equal(cases, await DatabaseFile.CountAsync(app.DatabaseFile, "cases_cases"));
    }

    [Fact]
    public async Task Given_the_audit_log_refuses_writes_When_a_case_is_read_Then_503_and_no_case_data_leaves()
    {
        var (_, caseId) = await _director.RegisterAsync(Api.Application(surname: "Näkymätön"));

        await WhileAuditRefuses("INSERT", async () =>
        {
            var response = await _director.GetAsync($"/api/cases/{caseId}");
            await response.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
            Assert.DoesNotContain("Näkymätön", await response.Content.ReadAsStringAsync());
            Assert.Null(response.Headers.ETag);
        });
    }

    [Fact]
    public async Task Given_the_outcome_cannot_be_added_to_the_audit_entry_When_a_decision_is_made_Then_201_and_the_attempt_stays_on_record()
    {
        var (applicationId, caseId) = await _director.RegisterAsync();

        await WhileAuditRefuses("UPDATE", async () => await _director.DecideAsync(Api.Admission(applicationId)));

        Assert.Equal(1, await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions", $"\"ApplicationId\" = {Sql.Id(applicationId)}"));
        Assert.Equal("client", (await _director.GetJson($"/api/cases/{caseId}"))["status"]!.GetValue<string>());
        var log = (await app.ClientAs("auditor").GetJson($"/api/audit?caseId={caseId}"))["items"]!.AsArray();
        var decision = Assert.Single(log, e => e!["route"]!.GetValue<string>() == "/api/decisions/admission")!;
        Assert.Equal(("director", "changed"), (decision["user"]!.GetValue<string>(), decision["action"]!.GetValue<string>()));
        Assert.Null(decision["status"]);
    }
}
