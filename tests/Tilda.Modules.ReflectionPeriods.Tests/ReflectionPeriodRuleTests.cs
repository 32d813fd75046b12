namespace Tilda.Modules.ReflectionPeriods.Tests;

/// <summary>The rules of one period — length, openness, ending — and the request rules that need no case.</summary>
public sealed class ReflectionPeriodRuleTests
{
    private static readonly GrantValidator Grant = new(new FakeClock(Harness.Today));
    private static readonly EndValidator End = new(new FakeClock(Harness.Today));
    private static readonly DateOnly Start = new(2024, 1, 1);

    private static ReflectionPeriod Period(DateOnly decidedOn, DateOnly startOn, DateOnly endOn) =>
        new(Guid.NewGuid(), decidedOn, startOn, endOn, "director", DateTime.UtcNow);

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
    public void Given_an_end_before_the_start_When_validated_Then_refused_on_the_end()
    {
        var result = Grant.Validate(new GrantRequest(Guid.NewGuid(), Start, Start.AddDays(40), Start));

        Assert.Equal(["EndOn"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Given_a_start_before_the_decision_When_validated_Then_refused_and_a_later_start_passes()
    {
        Assert.False(Grant.Validate(new GrantRequest(Guid.NewGuid(), Start, Start.AddDays(-1), Start.AddDays(60))).IsValid);
        Assert.True(Grant.Validate(new GrantRequest(Guid.NewGuid(), Start, Start.AddDays(14), Start.AddDays(60))).IsValid);
    }

    [Fact]
    public void Given_a_decision_date_When_validated_Then_today_passes_tomorrow_does_not_and_a_start_ahead_is_normal()
    {
        var today = Harness.Today;

        Assert.True(Grant.Validate(new GrantRequest(Guid.NewGuid(), today, today.AddDays(7), today.AddDays(96))).IsValid);
        Assert.False(Grant.Validate(new GrantRequest(Guid.NewGuid(), today.AddDays(1), today.AddDays(1), today.AddDays(90))).IsValid);
    }

    [Fact]
    public void Given_missing_fields_When_validated_Then_each_is_refused()
    {
        var result = Grant.Validate(new GrantRequest(null, null, null, null));

        Assert.Equal(["CaseId", "DecidedOn", "StartOn", "EndOn"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Given_a_period_When_asking_whether_it_is_open_Then_from_its_decision_to_its_last_granted_day_unless_ended()
    {
        var period = Period(Start.AddDays(-3), Start, Start.AddDays(59));

        Assert.False(period.IsOpenOn(Start.AddDays(-4)));
        Assert.True(period.IsOpenOn(Start.AddDays(-3)));
        Assert.True(period.IsOpenOn(Start.AddDays(59)));
        Assert.False(period.IsOpenOn(Start.AddDays(60)));
        period.End(Start.AddDays(10), "interrupted");
        Assert.True(period.IsOpenOn(Start.AddDays(10)));
        Assert.False(period.IsOpenOn(Start.AddDays(11)));
    }

    [Theory]
    [InlineData("2024-01-15", "2024-03-31", true)]  // decided while the first is open
    [InlineData("2024-03-01", "2024-04-29", true)]  // decided on its last day
    [InlineData("2024-03-02", "2024-04-30", false)] // the day after it expired
    [InlineData("2023-10-01", "2023-11-30", false)] // an earlier period, before the first was decided
    [InlineData("2023-11-01", "2024-01-01", true)]  // an earlier period still open when the first was decided
    public void Given_a_period_1_Jan_to_1_Mar_When_another_is_decided_Then_the_two_may_not_be_open_on_a_same_day(string decidedOn, string endOn, bool conflict)
    {
        var first = Period(Start, Start, new DateOnly(2024, 3, 1));

        Assert.Equal(conflict, first.ConflictWith(DateOnly.Parse(decidedOn), DateOnly.Parse(endOn)) is not null);
    }

    [Fact]
    public void Given_a_period_ended_early_When_another_is_decided_Then_from_the_day_after_the_end()
    {
        var first = Period(Start, Start, new DateOnly(2024, 3, 1));
        first.End(new DateOnly(2024, 1, 20), "interrupted");

        Assert.NotNull(first.ConflictWith(new DateOnly(2024, 1, 20), new DateOnly(2024, 3, 1)));
        Assert.Null(first.ConflictWith(new DateOnly(2024, 1, 21), new DateOnly(2024, 3, 1)));
    }

    [Theory]
    [InlineData("2024-03-02", "interrupted", "endedOn")] // after the last granted day
    [InlineData("2024-02-01", "expired", "reason")]      // "expired" before the last granted day
    [InlineData("2024-01-01", "interrupted", null)]      // on its first day
    [InlineData("2024-03-01", "expired", null)]
    [InlineData("2024-03-01", "left-finland", null)]
    public void Given_an_end_When_checked_Then_within_the_granted_days_and_expired_only_on_the_last(string endedOn, string reason, string? field)
    {
        var period = Period(Start, Start, new DateOnly(2024, 3, 1));

        Assert.Equal(field, period.CannotEnd(DateOnly.Parse(endedOn), reason)?.Field);
    }

    [Theory]
    [InlineData("expired", true)]
    [InlineData("interrupted", true)]
    [InlineData("residence-permit-granted", true)]
    [InlineData("left-finland", true)]
    [InlineData("other", true)]
    [InlineData("forgotten", false)]
    [InlineData("", false)]
    public void Given_an_end_reason_When_validated_Then_only_codes_of_the_list_pass(string reason, bool valid)
    {
        Assert.Equal(valid, End.Validate(new EndRequest(Start.AddDays(5), reason)).IsValid);
    }

    [Fact]
    public void Given_an_end_in_the_future_When_validated_Then_refused()
    {
        Assert.False(End.Validate(new EndRequest(Harness.Today.AddDays(1), "other")).IsValid);
        Assert.True(End.Validate(new EndRequest(Harness.Today, "other")).IsValid);
    }
}
