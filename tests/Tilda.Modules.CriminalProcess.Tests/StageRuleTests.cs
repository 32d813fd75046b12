namespace Tilda.Modules.CriminalProcess.Tests;

/// <summary>The request rules that need no case, and the rule that charges and verdicts follow an investigation.</summary>
public sealed class StageRuleTests
{
    private static readonly StageValidator Validator = new(new FakeClock(Harness.Today));

    [Theory]
    [InlineData("report-filed", "injured-party", "trafficking", true)]
    [InlineData("acquitted", "witness", "extortionate-work-discrimination", true)]
    [InlineData("released", "witness", "trafficking", false)]
    [InlineData("report-filed", "judge", "trafficking", false)]
    [InlineData("report-filed", "witness", "theft", false)]
    [InlineData("", "witness", "trafficking", false)]
    [InlineData("report-filed", "witness", null, false)]
    public void Given_codes_When_validated_Then_only_known_stages_roles_and_offences_pass(string? stage, string? role, string? offence, bool valid)
    {
        Assert.Equal(valid, Validator.Validate(new StageRequest(stage, new DateOnly(2024, 3, 1), role, offence)).IsValid);
    }

    [Fact]
    public void Given_every_code_of_the_three_lists_When_validated_Then_each_passes()
    {
        Assert.All(CriminalProcessCodeLists.Stage.Codes, c => Assert.True(Validator.Validate(new StageRequest(c.Value, new DateOnly(2024, 3, 1), "witness", "trafficking")).IsValid));
        Assert.All(CriminalProcessCodeLists.Role.Codes, c => Assert.True(Validator.Validate(new StageRequest("report-filed", new DateOnly(2024, 3, 1), c.Value, "trafficking")).IsValid));
        Assert.All(CriminalProcessCodeLists.Offence.Codes, c => Assert.True(Validator.Validate(new StageRequest("report-filed", new DateOnly(2024, 3, 1), "witness", c.Value)).IsValid));
    }

    [Fact]
    public void Given_a_date_When_validated_Then_today_passes_and_tomorrow_or_none_is_refused()
    {
        Assert.True(Validator.Validate(new StageRequest("report-filed", Harness.Today, "witness", "trafficking")).IsValid);
        Assert.False(Validator.Validate(new StageRequest("report-filed", Harness.Today.AddDays(1), "witness", "trafficking")).IsValid);
        Assert.False(Validator.Validate(new StageRequest("report-filed", null, "witness", "trafficking")).IsValid);
    }

    [Fact]
    public void Given_the_stages_When_asking_which_need_an_investigation_Then_charging_decisions_and_verdicts_do_and_the_rest_do_not()
    {
        Assert.Equal(["acquitted", "charges-brought", "charges-not-brought", "convicted-other-offence", "convicted-trafficking"],
            CriminalProcessCodeLists.AfterInvestigation.Order());
        Assert.All(["report-filed", "investigation-started", "investigation-discontinued"], s => Assert.DoesNotContain(s, CriminalProcessCodeLists.AfterInvestigation));
    }

    [Theory]
    [InlineData("charges-brought", "2024-03-01", false)] // investigation started the same day
    [InlineData("acquitted", "2024-02-29", true)]        // dated before the investigation
    [InlineData("investigation-discontinued", "2024-02-01", false)]
    [InlineData("report-filed", "2024-02-01", false)]
    public void Given_an_investigation_started_on_1_March_When_a_stage_is_checked_Then_charges_and_verdicts_need_it_on_or_before_their_date(string stage, string occurredOn, bool missing)
    {
        var caseId = Guid.NewGuid();
        Stage[] recorded = [new(caseId, "report-filed", new DateOnly(2024, 2, 1), "injured-party", "trafficking", DateTime.UtcNow),
                            new(caseId, "investigation-started", new DateOnly(2024, 3, 1), "injured-party", "trafficking", DateTime.UtcNow)];

        Assert.Equal(missing, Stage.MissingInvestigation(stage, DateOnly.Parse(occurredOn), recorded) is not null);
    }

    [Fact]
    public void Given_no_stages_When_a_verdict_is_checked_Then_the_reason_names_the_missing_stage()
    {
        var reason = Stage.MissingInvestigation("convicted-trafficking", new DateOnly(2024, 3, 1), []);

        Assert.Contains("investigation-started", reason);
    }
}
