using FluentValidation;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.Shared.Errors;

namespace Tilda.BuildingBlocks.Validation;

/// <summary>The rules every module's requests share, written once.</summary>
public static class Rules
{
    /// <summary>A date that has happened: on or before today in the service's time zone (null is left to NotNull).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInFuture<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock, string what = "The date") =>
        rule.Must(d => d is null || d <= clock.Today()).WithMessage($"{what} cannot be in the future.");

    /// <summary>A code of <paramref name="list"/> (null is left to NotEmpty).</summary>
    public static IRuleBuilderOptions<T, string?> KnownCode<T>(this IRuleBuilder<T, string?> rule, CodeList list) =>
        rule.Must(c => c is null || list.Contains(c)).WithMessage($"Unknown code; expected {list.Describe()}.");

    /// <summary>A code of <paramref name="list"/> valid on the business date it is recorded for (no date yet: left to the
    /// date's own rule). Use after <see cref="KnownCode{T}"/>, so an unknown code gets that message.</summary>
    public static IRuleBuilderOptions<T, string?> ValidOn<T>(this IRuleBuilder<T, string?> rule, CodeList list, Func<T, DateOnly?> businessDate) =>
        rule.Must((request, c) => businessDate(request) is not { } date || list.NotValidOn(c, date) is null)
            .WithMessage((request, c) => list.NotValidOn(c, businessDate(request)!.Value)!);
}

/// <summary>Ending something that has a start and, once ended, an end date (a measure, a reflection period).</summary>
public static class Ending
{
    /// <summary>409 when it has already ended; 422 on <c>endedOn</c> when the end would come before the start.</summary>
    public static void EnsureCanEnd(string what, DateOnly? alreadyEndedOn, DateOnly startOn, DateOnly endedOn)
    {
        if (alreadyEndedOn is { } ended) throw new ConflictException($"{what} already ended on {ended:yyyy-MM-dd}.");
        if (endedOn < startOn) throw new ValidationFailedException("endedOn", $"{what} cannot end before it starts ({startOn:yyyy-MM-dd}).");
    }
}
