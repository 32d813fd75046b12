namespace Tilda.Modules.ServiceNeeds.Tests;

public sealed class ServiceNeedsRuleTests
{
    private static readonly AssessmentValidator Validator = new(TimeProvider.System);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private static AssessmentRequest Request(params MeasureRequest[] measures) => new(Guid.NewGuid(), new DateOnly(2024, 3, 1), measures);

    [Fact]
    public void Given_a_measure_with_a_planned_end_in_the_future_When_validated_Then_it_is_accepted()
    {
        Assert.True(Validator.Validate(Request(new MeasureRequest("safe-accommodation", "assistance-system", new DateOnly(2024, 3, 1), Today.AddYears(1)))).IsValid);
    }

    [Theory]
    [InlineData("safe-accommodation", "assistance-system", 0, 10, true)]
    [InlineData("safe-accommodation", "assistance-system", 10, 0, false)]   // ends before it starts
    [InlineData("cooking-class", "assistance-system", 0, 10, false)]
    [InlineData("legal-aid", "neighbour", 0, 10, false)]
    public void Given_a_measure_When_validated_Then_known_codes_and_an_end_not_before_the_start_pass(string measure, string provider, int startDay, int endDay, bool valid)
    {
        var start = new DateOnly(2024, 3, 1).AddDays(startDay);
        var end = new DateOnly(2024, 3, 1).AddDays(endDay);

        Assert.Equal(valid, Validator.Validate(Request(new MeasureRequest(measure, provider, start, end))).IsValid);
    }

    [Fact]
    public void Given_a_start_or_assessment_in_the_future_or_no_measures_When_validated_Then_refused()
    {
        Assert.False(Validator.Validate(Request(new MeasureRequest("legal-aid", "ngo", Today.AddDays(2), null))).IsValid);
        Assert.False(Validator.Validate(new AssessmentRequest(Guid.NewGuid(), Today.AddDays(2), [new MeasureRequest("legal-aid", "ngo", Today, null)])).IsValid);
        Assert.False(Validator.Validate(Request()).IsValid);
        Assert.False(Validator.Validate(Request(Enumerable.Repeat(new MeasureRequest("legal-aid", "ngo", new DateOnly(2024, 3, 1), null), 21).ToArray())).IsValid);
    }

    [Fact]
    public void Given_an_assessment_When_superseded_and_a_measure_ended_Then_both_keep_their_history()
    {
        var assessment = new Assessment(Guid.NewGuid(), new DateOnly(2024, 3, 1), DateTime.UtcNow);
        var measure = new Measure(assessment.Id, assessment.CaseId, "legal-aid", "ngo", new DateOnly(2024, 3, 1), new DateOnly(2024, 12, 31));
        var next = Guid.NewGuid();

        assessment.SupersedeBy(next);
        measure.End(new DateOnly(2024, 6, 30));

        Assert.Equal((Assessment.Superseded, (Guid?)next), (assessment.Status, assessment.SupersededBy));
        Assert.Equal((new DateOnly(2024, 6, 30), (DateOnly?)new DateOnly(2024, 6, 30)), (measure.EndOn!.Value, measure.EndedOn));
    }
}
