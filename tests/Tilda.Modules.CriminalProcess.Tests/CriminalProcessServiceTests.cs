using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared.Errors;

namespace Tilda.Modules.CriminalProcess.Tests;

/// <summary>The rules that need the case — its first application, its earlier stages — and what a write leaves.</summary>
public sealed class CriminalProcessServiceTests : IDisposable
{
    private readonly Harness _harness = new();

    private Task<StageView> Record(string stage, string occurredOn, string role = "injured-party", string offence = "trafficking") =>
        _harness.Run(s => s.RecordAsync(_harness.CaseId, new StageRequest(stage, DateOnly.Parse(occurredOn), role, offence), CancellationToken.None));

    private async Task AssertWritten(int stages)
    {
        var written = await _harness.WrittenAsync();
        Assert.Equal((stages, stages), (written.Stages, written.Events.Count));
    }

    [Fact]
    public async Task Given_a_case_When_a_stage_is_recorded_Then_it_and_one_event_are_written()
    {
        var view = await Record("report-filed", "2024-02-20", "witness", "pandering");

        var recorded = Assert.IsType<CriminalProcessStageRecordedIntegrationEvent>(Assert.Single((await _harness.WrittenAsync()).Events));
        Assert.Equal((view.StageId, _harness.CaseId, "report-filed", new DateOnly(2024, 2, 20), "witness", "pandering"),
            (recorded.StageId, recorded.CaseId, recorded.Stage, recorded.OccurredOn, recorded.Role, recorded.Offence));
    }

    [Fact]
    public async Task Given_an_unknown_case_When_a_stage_is_recorded_or_listed_Then_404_and_nothing_written()
    {
        await Assert.ThrowsAsync<NotFoundException>(() =>
            _harness.Run(s => s.RecordAsync(Guid.NewGuid(), new StageRequest("report-filed", new DateOnly(2024, 3, 1), "witness", "trafficking"), CancellationToken.None)));
        await Assert.ThrowsAsync<NotFoundException>(() => _harness.Run(s => s.ListAsync(Guid.NewGuid(), CancellationToken.None)));

        await AssertWritten(0);
    }

    [Fact]
    public async Task Given_the_first_application_on_1_February_When_a_stage_is_dated_Then_not_before_that_day()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Record("report-filed", "2024-01-31"));
        await Record("report-filed", "2024-02-01");

        Assert.Equal(["occurredOn"], refused.Errors.Keys);
        await AssertWritten(1);
    }

    [Theory]
    [InlineData("2025-01-01", "occurredOn")]
    public async Task Given_a_date_in_the_future_When_recorded_Then_422_and_nothing_written(string occurredOn, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Record("report-filed", occurredOn));

        Assert.Equal([field], refused.Errors.Keys);
        await AssertWritten(0);
    }

    [Theory]
    [InlineData("arrested", "injured-party", "trafficking", "stage")]
    [InlineData("report-filed", "suspect", "trafficking", "role")]
    [InlineData("report-filed", "witness", "jaywalking", "offence")]
    public async Task Given_an_unknown_code_When_recorded_Then_422_names_it_and_nothing_written(string stage, string role, string offence, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Record(stage, "2024-03-01", role, offence));

        Assert.Equal([field], refused.Errors.Keys);
        await AssertWritten(0);
    }

    [Theory]
    [InlineData("charges-brought")]
    [InlineData("charges-not-brought")]
    [InlineData("convicted-trafficking")]
    [InlineData("convicted-other-offence")]
    [InlineData("acquitted")]
    public async Task Given_only_a_report_When_a_charge_or_verdict_is_recorded_Then_422_with_the_reason_and_nothing_written(string stage)
    {
        await Record("report-filed", "2024-02-20");

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Record(stage, "2024-06-01"));

        Assert.Contains("investigation-started", Assert.Single(refused.Errors["stage"]));
        await AssertWritten(1);
    }

    [Fact]
    public async Task Given_an_investigation_When_charges_and_a_verdict_follow_it_Then_they_are_recorded_and_listed_in_date_order()
    {
        await Record("investigation-started", "2024-03-01");
        await Record("report-filed", "2024-02-20");
        await Record("charges-brought", "2024-03-01");
        await Record("convicted-trafficking", "2024-09-15");

        var stages = await _harness.Run(s => s.ListAsync(_harness.CaseId, CancellationToken.None));

        Assert.Equal(["report-filed", "investigation-started", "charges-brought", "convicted-trafficking"], stages.Select(s => s.Stage));
        await AssertWritten(4);
    }

    [Fact]
    public async Task Given_an_investigation_started_later_When_a_verdict_is_dated_before_it_Then_422()
    {
        await Record("investigation-started", "2024-05-01");

        await Assert.ThrowsAsync<ValidationFailedException>(() => Record("acquitted", "2024-04-30"));

        await AssertWritten(1);
    }

    [Fact]
    public async Task Given_a_recorded_stage_When_read_by_its_case_Then_found_and_under_another_case_not()
    {
        var stage = await Record("report-filed", "2024-02-20");

        Assert.Equal(stage, await _harness.Run(s => s.GetAsync(_harness.CaseId, stage.StageId, CancellationToken.None)));
        await Assert.ThrowsAsync<NotFoundException>(() => _harness.Run(s => s.GetAsync(Guid.NewGuid(), stage.StageId, CancellationToken.None)));
    }

    public void Dispose() => _harness.Dispose();
}
