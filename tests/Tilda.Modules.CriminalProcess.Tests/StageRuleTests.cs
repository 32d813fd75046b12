namespace Tilda.Modules.CriminalProcess.Tests;

public sealed class StageRuleTests
{
    private static readonly StageValidator Validator = new(TimeProvider.System);

    [Theory]
    [InlineData("report-filed", "injured-party", "trafficking", true)]
    [InlineData("acquitted", "witness", "extortionate-work-discrimination", true)]
    [InlineData("released", "witness", "trafficking", false)]
    [InlineData("report-filed", "judge", "trafficking", false)]
    [InlineData("report-filed", "witness", "theft", false)]
    public void Given_codes_When_validated_Then_only_known_stages_roles_and_offences_pass(string stage, string role, string offence, bool valid)
    {
        Assert.Equal(valid, Validator.Validate(new StageRequest(stage, new DateOnly(2024, 3, 1), role, offence)).IsValid);
    }

    [Fact]
    public void Given_a_date_in_the_future_When_validated_Then_refused()
    {
        Assert.False(Validator.Validate(new StageRequest("report-filed", DateOnly.FromDateTime(DateTime.Now).AddDays(2), "witness", "trafficking")).IsValid);
    }

    [Fact]
    public void Given_the_stages_When_asking_which_need_an_investigation_Then_charging_decisions_and_verdicts_do_and_the_rest_do_not()
    {
        Assert.Equal(["acquitted", "charges-brought", "charges-not-brought", "convicted-other-offence", "convicted-trafficking"],
            CriminalProcessCodeLists.AfterInvestigation.Order());
        Assert.All(["report-filed", "investigation-started", "investigation-discontinued"], s => Assert.DoesNotContain(s, CriminalProcessCodeLists.AfterInvestigation));
    }
}
