using Tilda.BuildingBlocks.Validation;
using Tilda.Shared.Errors;
namespace Tilda.Modules.ServiceNeeds.Tests;

/// <summary>The rules that need no case: dates against today, codes, the number of measures, a measure's own dates.</summary>
public sealed class ServiceNeedsRuleTests
{
    private static readonly DateOnly Today = Harness.Today;
    private static readonly AssessmentValidator Validator = new(new FakeClock(Today));
    private static readonly EndMeasureValidator EndValidator = new(new FakeClock(Today));

    private static AssessmentRequest Request(params MeasureRequest?[] measures) => new(Guid.NewGuid(), new DateOnly(2024, 3, 1), measures!);

    [Fact]
    public void Given_a_measure_with_a_planned_end_in_the_future_When_validated_Then_it_is_accepted()
    {
        var request = Request(new MeasureRequest("safe-accommodation", "assistance-system", new DateOnly(2024, 3, 1), Today.AddYears(1)));

        Assert.True(Validator.Validate(request).IsValid);
    }

    [Theory]
    [InlineData("safe-accommodation", "assistance-system", 0, 10, true)]
    [InlineData("safe-accommodation", "assistance-system", 0, 0, true)]     // a one-day measure
    [InlineData("safe-accommodation", "assistance-system", 10, 0, false)]   // ends before it starts
    [InlineData("cooking-class", "assistance-system", 0, 10, false)]
    [InlineData("legal-aid", "neighbour", 0, 10, false)]
    public void Given_a_measure_When_validated_Then_known_codes_and_an_end_not_before_the_start_pass(string measure, string provider, int startDay, int endDay, bool valid)
    {
        var start = new DateOnly(2024, 3, 1).AddDays(startDay);
        var end = new DateOnly(2024, 3, 1).AddDays(endDay);

        Assert.Equal(valid, Validator.Validate(Request(new MeasureRequest(measure, provider, start, end))).IsValid);
    }

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void Given_each_measure_and_provider_of_the_code_lists_When_validated_Then_accepted(string measure, string provider)
    {
        Assert.True(Validator.Validate(Request(new MeasureRequest(measure, provider, new DateOnly(2024, 3, 1), null))).IsValid);
    }

    public static TheoryData<string, string> EveryCode()
    {
        var data = new TheoryData<string, string>();
        foreach (var measure in ServiceNeedsCodeLists.Measure.Codes) data.Add(measure.Value, "assistance-system");
        foreach (var provider in ServiceNeedsCodeLists.Provider.Codes) data.Add("legal-aid", provider.Value);
        return data;
    }

    [Fact]
    public void Given_an_assessment_or_a_start_in_the_future_When_validated_Then_refused_on_that_field()
    {
        var futureStart = Validator.Validate(Request(new MeasureRequest("legal-aid", "ngo", Today.AddDays(1), null)));
        var futureAssessment = Validator.Validate(new AssessmentRequest(Guid.NewGuid(), Today.AddDays(1), [new MeasureRequest("legal-aid", "ngo", Today, null)]));
        var today = Validator.Validate(new AssessmentRequest(Guid.NewGuid(), Today, [new MeasureRequest("legal-aid", "ngo", Today, null)]));

        Assert.Contains(futureStart.Errors, e => e.PropertyName == "measures[0].StartOn");
        Assert.Contains(futureAssessment.Errors, e => e.PropertyName == "AssessedOn");
        Assert.True(today.IsValid);
    }

    [Fact]
    public void Given_no_measures_too_many_or_a_null_one_When_validated_Then_refused()
    {
        Assert.False(Validator.Validate(Request()).IsValid);
        Assert.False(Validator.Validate(new AssessmentRequest(Guid.NewGuid(), new DateOnly(2024, 3, 1), null)).IsValid);
        Assert.False(Validator.Validate(Request(Enumerable.Repeat(new MeasureRequest("legal-aid", "ngo", new DateOnly(2024, 3, 1), null), 21).ToArray())).IsValid);
        Assert.False(Validator.Validate(Request(new MeasureRequest("legal-aid", "ngo", new DateOnly(2024, 3, 1), null), null)).IsValid);
    }

    [Fact]
    public void Given_a_case_id_or_dates_missing_When_validated_Then_refused()
    {
        Assert.False(Validator.Validate(new AssessmentRequest(null, new DateOnly(2024, 3, 1), [new MeasureRequest("legal-aid", "ngo", new DateOnly(2024, 3, 1), null)])).IsValid);
        Assert.False(Validator.Validate(new AssessmentRequest(Guid.NewGuid(), null, [new MeasureRequest("legal-aid", "ngo", new DateOnly(2024, 3, 1), null)])).IsValid);
        Assert.False(Validator.Validate(Request(new MeasureRequest("legal-aid", "ngo", null, null))).IsValid);
    }

    [Fact]
    public void Given_an_actual_end_When_validated_Then_today_passes_and_tomorrow_or_none_is_refused()
    {
        Assert.True(EndValidator.Validate(new EndMeasureRequest(Today)).IsValid);
        Assert.False(EndValidator.Validate(new EndMeasureRequest(Today.AddDays(1))).IsValid);
        Assert.False(EndValidator.Validate(new EndMeasureRequest(null)).IsValid);
    }

    [Fact]
    public void Given_a_measure_When_it_ends_Then_not_before_its_start_and_its_planned_end_is_kept()
    {
        var measure = new Measure(Guid.NewGuid(), Guid.NewGuid(), "legal-aid", "ngo", new DateOnly(2024, 3, 1), new DateOnly(2024, 12, 31));

        Assert.Throws<ValidationFailedException>(() => Ending.EnsureCanEnd("The measure", null, measure.StartOn, new DateOnly(2024, 2, 29)));
        Ending.EnsureCanEnd("The measure", null, measure.StartOn, new DateOnly(2024, 3, 1));
        Ending.EnsureCanEnd("The measure", null, measure.StartOn, new DateOnly(2025, 1, 15)); // after the planned end: it ran longer than planned
        measure.End(new DateOnly(2024, 6, 30));

        Assert.Equal((new DateOnly(2024, 12, 31), new DateOnly(2024, 6, 30)), (measure.EndOn!.Value, measure.EndedOn!.Value));
    }

    [Fact]
    public void Given_an_assessment_When_superseded_Then_it_keeps_its_measures_and_names_its_successor()
    {
        var assessment = new Assessment(Guid.NewGuid(), new DateOnly(2024, 3, 1), DateTime.UtcNow);
        assessment.Measures.Add(new Measure(assessment.Id, assessment.CaseId, "legal-aid", "ngo", new DateOnly(2024, 3, 1), null));
        var next = Guid.NewGuid();

        assessment.SupersedeBy(next);

        Assert.Equal((Assessment.Superseded, (Guid?)next), (assessment.Status, assessment.SupersededBy));
        Assert.Single(assessment.Measures);
    }
}
