namespace Tilda.Modules.Statistics.Disclosure;

/// <summary>The disclosure-control settings: threshold k (configuration <c>Statistics:Disclosure:Threshold</c>).</summary>
internal sealed record DisclosureSettings(int Threshold)
{
    public const int Default = 5;
    public const int Minimum = 3;

    public const string Method =
        "The person is the protected unit and k the threshold. No value counts 1 to k-1 persons (primary suppression). " +
        "Every value is checked against everything already published — all tables, periods, releases and revisions — so that " +
        "no combination of published values gives the exact number of a group of 1 to k-1 persons (secondary suppression by " +
        "exact linear algebra over the ledger); the suppressed cells of a table sum to 0 or at least k; in a person table " +
        "crossing a group with a sensitive attribute, a group whose members all but fewer than k share one value is suppressed.";
}
