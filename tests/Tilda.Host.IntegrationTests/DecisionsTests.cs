using System.Net;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class DecisionsTests(TildaApp app) : IClassFixture<TildaApp>
{
    private readonly HttpClient _caseworker = app.ClientAs("caseworker");
    private readonly HttpClient _decisionMaker = app.ClientFor("director", "decision-maker");

    private async Task<long> DecisionRowsAndMessages() =>
        await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_admission_decisions")
        + await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_removal_decisions")
        + await DatabaseFile.CountAsync(app.DatabaseFile, "decisions_outbox_messages");

    [Fact]
    public async Task Given_a_pending_application_When_admitted_Then_201_and_the_case_becomes_a_client_case()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();

        var response = await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(applicationId, "2025-03-20"));

        await response.ShouldBe(HttpStatusCode.Created);
        Assert.NotNull(response.Headers.Location);
        var @case = await _caseworker.WaitForCaseStatus(caseId, "client");
        Assert.Equal("2025-03-20", @case["clientSince"]!.GetValue<string>());
        Assert.Equal("admitted", @case["decisions"]![0]!["outcome"]!.GetValue<string>());
        var application = await _caseworker.GetJson($"/api/applications/{applicationId}");
        Assert.Equal("admitted", application["status"]!.GetValue<string>());
        var decision = await _caseworker.GetJson(response.Headers.Location!.OriginalString);
        Assert.Equal(applicationId, decision["applicationId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Given_a_pending_application_When_rejected_with_a_reason_Then_the_case_is_rejected()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();

        await _decisionMaker.DecideAsync(Api.Admission(applicationId, outcome: "rejected", reason: "no-trafficking-indication"));

        var @case = await _caseworker.WaitForCaseStatus(caseId, "rejected");
        Assert.Equal("no-trafficking-indication", @case["decisions"]![0]!["reason"]!.GetValue<string>());
        Assert.Null(@case["clientSince"]);
    }

    [Theory]
    [InlineData("rejected", null, "rejectionReason")]
    [InlineData("rejected", "bad-luck", "rejectionReason")]
    [InlineData("admitted", "other", "rejectionReason")]
    [InlineData("maybe", null, "outcome")]
    public async Task Given_an_inconsistent_outcome_and_reason_When_deciding_Then_422_and_nothing_written(string outcome, string? reason, string field)
    {
        var (applicationId, _) = await _caseworker.RegisterAsync();
        var before = await DecisionRowsAndMessages();

        var response = await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(applicationId, outcome: outcome, reason: reason));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(before, await DecisionRowsAndMessages());
    }

    [Fact]
    public async Task Given_a_decision_dated_before_the_application_When_deciding_Then_422()
    {
        var (applicationId, _) = await _caseworker.RegisterAsync(Api.Application("2025-03-14"));

        var response = await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(applicationId, "2025-03-13"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "decidedOn");
    }

    [Fact]
    public async Task Given_a_decision_dated_in_the_future_When_deciding_Then_422()
    {
        var (applicationId, _) = await _caseworker.RegisterAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.Now.AddDays(2)).ToString("yyyy-MM-dd");

        var response = await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(applicationId, tomorrow));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "decidedOn");
    }

    [Fact]
    public async Task Given_a_decided_application_When_deciding_again_Then_409_and_nothing_written()
    {
        var (applicationId, _) = await _caseworker.RegisterAsync();
        await _decisionMaker.DecideAsync(Api.Admission(applicationId));
        var before = await DecisionRowsAndMessages();

        var response = await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(applicationId, outcome: "rejected", reason: "other"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await DecisionRowsAndMessages());
    }

    [Fact]
    public async Task Given_an_unknown_application_When_deciding_Then_404()
    {
        await (await _decisionMaker.PostJson("/api/decisions/admission", Api.Admission(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_caseworker_When_deciding_Then_403()
    {
        var (applicationId, _) = await _caseworker.RegisterAsync();

        await (await _caseworker.PostJson("/api/decisions/admission", Api.Admission(applicationId))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _caseworker.PostJson("/api/decisions/removal", Api.Removal(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_client_When_removed_Then_201_and_the_case_is_a_former_client_who_may_apply_again()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();
        await _decisionMaker.DecideAsync(Api.Admission(applicationId, "2025-03-20"));

        var response = await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId, "2025-09-30", "left-finland"));

        await response.ShouldBe(HttpStatusCode.Created);
        var @case = await _caseworker.WaitForCaseStatus(caseId, "former-client");
        Assert.Equal("2025-09-30", @case["removedOn"]!.GetValue<string>());
        var (_, sameCase) = await _caseworker.RegisterAsync(Api.Reapplication(caseId, "2025-10-15"));
        Assert.Equal(caseId, sameCase);
    }

    [Fact]
    public async Task Given_a_person_who_is_not_a_client_When_removed_Then_409_and_nothing_written()
    {
        var (_, caseId) = await _caseworker.RegisterAsync();
        var before = await DecisionRowsAndMessages();

        var response = await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId));

        await response.ShouldBeProblem(HttpStatusCode.Conflict);
        Assert.Equal(before, await DecisionRowsAndMessages());
    }

    [Fact]
    public async Task Given_a_removed_client_When_removed_again_Then_409()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();
        await _decisionMaker.DecideAsync(Api.Admission(applicationId));
        await (await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId))).ShouldBe(HttpStatusCode.Created);

        await (await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId))).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_removal_dated_before_the_admission_When_removing_Then_422()
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();
        await _decisionMaker.DecideAsync(Api.Admission(applicationId, "2025-03-20"));

        var response = await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId, "2025-03-19"));

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "decidedOn");
    }

    [Theory]
    [InlineData("bored")]
    [InlineData("")]
    public async Task Given_an_unknown_removal_reason_When_removing_Then_422(string reason)
    {
        var (applicationId, caseId) = await _caseworker.RegisterAsync();
        await _decisionMaker.DecideAsync(Api.Admission(applicationId));

        await (await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(caseId, reason: reason))).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "reason");
    }

    [Fact]
    public async Task Given_an_unknown_case_When_removing_Then_404()
    {
        await (await _decisionMaker.PostJson("/api/decisions/removal", Api.Removal(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
