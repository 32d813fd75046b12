namespace Tilda.Modules.ReflectionPeriods.Tests;

public sealed class ReflectionPeriodRuleTests
{
    private static readonly GrantValidator Grant = new(TimeProvider.System);
    private static readonly EndValidator End = new(TimeProvider.System);
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Theory]
    [InlineData(28, false)] // 29 days
    [InlineData(29, true)]  // 30 days, first and last included
    [InlineData(182, true)] // 183 days
    [InlineData(183, false)]
    public void Given_a_length_When_validated_Then_30_to_183_days_inclusive(int daysAfterStart, bool valid)
    {
        Assert.Equal(daysAfterStart + 1, ReflectionPeriod.LengthInDays(Start, Start.AddDays(daysAfterStart)));
        Assert.Equal(valid, Grant.Validate(new GrantRequest(Guid.NewGuid(), Start, Start, Start.AddDays(daysAfterStart))).IsValid);
    }

    [Fact]
    public void Given_a_start_before_the_decision_When_validated_Then_refused()
    {
        Assert.False(Grant.Validate(new GrantRequest(Guid.NewGuid(), Start, Start.AddDays(-1), Start.AddDays(60))).IsValid);
    }

    [Fact]
    public void Given_a_period_When_asking_whether_it_is_open_Then_until_its_last_day_unless_ended()
    {
        var period = new ReflectionPeriod(Guid.NewGuid(), Start, Start, Start.AddDays(59), "director", DateTime.UtcNow);

        Assert.True(period.IsOpenOn(Start.AddDays(59)));
        Assert.False(period.IsOpenOn(Start.AddDays(60)));
        period.End(Start.AddDays(10), "interrupted");
        Assert.False(period.IsOpenOn(Start.AddDays(20)));
    }

    [Theory]
    [InlineData("expired", true)]
    [InlineData("interrupted", true)]
    [InlineData("residence-permit-granted", true)]
    [InlineData("left-finland", true)]
    [InlineData("other", true)]
    [InlineData("forgotten", false)]
    public void Given_an_end_reason_When_validated_Then_only_codes_of_the_list_pass(string reason, bool valid)
    {
        Assert.Equal(valid, End.Validate(new EndRequest(Start.AddDays(5), reason)).IsValid);
    }
}
