namespace Tilda.BuildingBlocks.Web;

/// <summary>The JWT <c>role</c> claim values (docs/product.md §1).</summary>
public static class Roles
{
    public const string Caseworker = "caseworker";
    public const string DecisionMaker = "decision-maker";
    public const string Statistician = "statistician";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Caseworker, DecisionMaker, Statistician, Auditor, Admin];
}

/// <summary>Authorization policies put on route groups. A decision-maker may do everything a caseworker may.</summary>
public static class Policies
{
    public const string Casework = "casework";
    public const string Decisions = "decisions";
    public const string Statistics = "statistics";
    public const string Audit = "audit";
    public const string Administration = "administration";
    public const string AnyRole = "any-role";
}
