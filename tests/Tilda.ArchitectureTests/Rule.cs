using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;

namespace Tilda.ArchitectureTests;

/// <summary>One subject a rule looked at, and why it fails (null: it passes).</summary>
internal sealed record Check(string Subject, string? Violation);

internal static class Rule
{
    /// <summary>
    /// A rule made of plain checks, for what ArchUnitNET's fluent API does not express (assembly references, graphs,
    /// values compared across types). Like ArchUnitNET's own rules it fails when it finds nothing to check, so a rule
    /// whose subjects were misnamed cannot pass by looking at nothing.
    /// </summary>
    public static IArchRule Of(string description, Func<Architecture, IEnumerable<Check>> checks) =>
        new CustomArchRule((architecture, rule) => Evaluate(architecture, rule, checks(architecture).ToList()), description);

    private static IEnumerable<EvaluationResult> Evaluate(Architecture architecture, IArchRule rule, IReadOnlyList<Check> checks)
    {
        if (checks.Count == 0)
        {
            yield return new EvaluationResult(null, new StringIdentifier(""), false, "found nothing to check", rule, architecture);
            yield break;
        }
        foreach (var check in checks)
            yield return new EvaluationResult(
                check, new StringIdentifier(check.Subject), check.Violation is null,
                check.Violation is null ? $"{check.Subject} passes" : $"{check.Subject} {check.Violation}", rule, architecture);
    }

    /// <summary>The rule holds for the assemblies it was made for (ArchUnitNET's xUnit check, which lists every violation).</summary>
    public static void AssertHolds(IArchRule rule) => rule.Check(TildaAssemblies.Architecture);

    /// <summary>
    /// The rule fails, its message names each offender, and it rejects exactly these (types, assemblies or edges).
    /// Returns the message, for what a test wants to see said about them.
    /// </summary>
    public static string AssertRejects(IArchRule rule, params string[] offenders)
    {
        var failure = Assert.Throws<FailedArchRuleException>(() => rule.Check(TildaAssemblies.Architecture));
        foreach (var offender in offenders)
            Assert.Contains(offender, failure.Message, StringComparison.Ordinal);
        Assert.Equal(offenders.Order(StringComparer.Ordinal), Offenders(rule));
        return failure.Message;
    }

    private static IReadOnlyList<string> Offenders(IArchRule rule) =>
        [.. rule.Evaluate(TildaAssemblies.Architecture)
            .Where(result => !result.Passed)
            .Select(result => result.EvaluatedObjectIdentifier.Identifier)
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
