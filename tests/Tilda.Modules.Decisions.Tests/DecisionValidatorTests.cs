namespace Tilda.Modules.Decisions.Tests;

public sealed class DecisionValidatorTests
{
    private static readonly AdmissionDecisionValidator Admission = new(TimeProvider.System);
    private static readonly RemovalDecisionValidator Removal = new(TimeProvider.System);

    [Theory]
    [InlineData("admitted", null, true)]
    [InlineData("rejected", "no-trafficking-indication", true)]
    [InlineData("rejected", "no-need-for-assistance", true)]
    [InlineData("rejected", "other", true)]
    [InlineData("rejected", null, false)]
    [InlineData("rejected", "unknown-reason", false)]
    [InlineData("admitted", "other", false)]
    [InlineData("pending", null, false)]
    public void Given_an_outcome_and_a_reason_When_validated_Then_a_rejection_needs_a_known_reason_and_an_admission_none(string outcome, string? reason, bool valid)
    {
        var result = Admission.Validate(new AdmissionDecisionRequest(Guid.NewGuid(), new DateOnly(2025, 1, 10), outcome, reason, false));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Given_a_decision_date_in_the_future_When_validated_Then_refused()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.Now).AddDays(2);

        Assert.False(Admission.Validate(new AdmissionDecisionRequest(Guid.NewGuid(), tomorrow, "admitted", null, false)).IsValid);
        Assert.False(Removal.Validate(new RemovalDecisionRequest(Guid.NewGuid(), tomorrow, "deceased")).IsValid);
    }

    [Theory]
    [InlineData("no-longer-needs-assistance", true)]
    [InlineData("not-a-victim", true)]
    [InlineData("left-finland", true)]
    [InlineData("client-request", true)]
    [InlineData("deceased", true)]
    [InlineData("lost-contact", true)]
    [InlineData("other", true)]
    [InlineData("moved", false)]
    public void Given_a_removal_reason_When_validated_Then_only_codes_of_the_list_pass(string reason, bool valid)
    {
        Assert.Equal(valid, Removal.Validate(new RemovalDecisionRequest(Guid.NewGuid(), new DateOnly(2025, 1, 10), reason)).IsValid);
    }
}
