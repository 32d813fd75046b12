using System.Text;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Modules.Statistics.Facts;
using Tilda.Statistics.Sdk;

namespace Tilda.Modules.Statistics.Engine;

/// <summary>One row of a count's result: which count of the query (<see cref="Q"/>), a person, the cell they fall in
/// (up to four dimension values) and how many of their facts fall there.</summary>
internal sealed class ContributionRow
{
    public int Q { get; set; }
    public long Subject { get; set; }
    public string? D0 { get; set; }
    public string? D1 { get; set; }
    public string? D2 { get; set; }
    public string? D3 { get; set; }
    public long N { get; set; }
}

/// <summary>
/// Turns declarative <see cref="Count"/>s into SQL over the facts table, for SQLite, PostgreSQL and SQL Server alike
/// (ANSI quoting, window functions, CASE; only the year of a date is spelled per provider). Counts whose facts are
/// selected the same way (the first admission of each person in the period; the admissions open at its end) run as one
/// query: the selection once, as a common table expression, and each count's grouping over it, tagged with its position.
/// Column names come from the fact catalogue, never from input; every value is a parameter (<c>{0}</c>, <c>{1}</c>…, as
/// EF Core's raw SQL takes them). The query returns, per count, person and cell, the number of facts — what the joint
/// disclosure control needs.
/// </summary>
internal sealed class CountSql(DatabaseProvider provider, string factsTable)
{
    public const int MaxDimensions = 4;
    private const string Text = "VARCHAR(60)";

    private readonly List<object> _parameters = [];

    /// <summary>What identifies a count's selection: counts with the same key can share one query.</summary>
    public static string SelectionKey(DatabaseProvider provider, string factsTable, Count count, Snapshot snapshot)
    {
        var builder = new CountSql(provider, factsTable);
        var sql = builder.Selected(Type(count.FactType), count, snapshot);
        return string.Join('\u001f', builder._parameters.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)).Prepend(sql));
    }

    /// <summary>One query for counts that share a selection (<see cref="SelectionKey"/>); its rows' <c>Q</c> is the count's position.</summary>
    public static (string Sql, object[] Parameters) Build(DatabaseProvider provider, string factsTable, IReadOnlyList<Count> counts, Snapshot snapshot)
    {
        var builder = new CountSql(provider, factsTable);
        var type = Type(counts[0].FactType);
        // SQLite and PostgreSQL compute a CTE that is read more than once a single time (SQL Server may inline it; the
        // answer is the same). Forcing it with MATERIALIZED made SQLite slower.
        var selection = $"WITH sel AS ({builder.Selected(type, counts[0], snapshot)}) ";
        var queries = counts.Select((count, i) => builder.Query(type, count, i, snapshot)).ToList();
        return (selection + string.Join(" UNION ALL ", queries), builder._parameters.ToArray());
    }

    private static FactType Type(string factType) =>
        FactCatalogue.Find(factType) ?? throw new InvalidOperationException($"Unknown fact type '{factType}'.");

    private string Query(FactType type, Count count, int position, Snapshot snapshot)
    {
        if (count.By.Count > MaxDimensions) throw new InvalidOperationException($"A count has at most {MaxDimensions} dimensions.");
        string alias;
        string from;
        string where;
        if (count.Linked is { } link)
        {
            var linked = Type(link.FactType);
            alias = "l";
            from = $"{factsTable} l JOIN sel s ON l.\"Episode\" = s.\"Episode\"";
            where = $"l.\"Type\" = {P(link.FactType)} AND l.\"RecordedAt\" <= {P(snapshot.CutOff)}" +
                    $"{And(Condition(linked, link.Where, "l", snapshot))}{And(Condition(type, count.Then, "s", snapshot))}";
            type = linked;
        }
        else
        {
            alias = "a";
            from = "sel a";
            where = Condition(type, count.Then, "a", snapshot) is { Length: > 0 } then ? then : "1 = 1";
        }
        var dimensions = count.By.Select(d => Expression(type, d, alias)).ToList();
        var columns = Enumerable.Range(0, MaxDimensions)
            .Select(i => i < dimensions.Count ? $"{dimensions[i]} AS \"D{i}\"" : $"CAST(NULL AS {Text}) AS \"D{i}\"");
        var groupBy = string.Join(", ", dimensions.Prepend($"{alias}.\"Subject\""));
        return $"SELECT {position} AS \"Q\", {alias}.\"Subject\" AS \"Subject\", {string.Join(", ", columns)}, CAST(COUNT(*) AS BIGINT) AS \"N\" " +
               $"FROM {from} WHERE {where} GROUP BY {groupBy}";
    }

    /// <summary>The facts the count's selection picks for the snapshot, with the columns of their type, as a subquery
    /// (the count's <see cref="Count.Then"/> is applied over it, so counts that differ only there share it).</summary>
    private string Selected(FactType type, Count count, Snapshot snapshot)
    {
        var columns = string.Join(", ", new[] { "Id", "Subject", "Episode", "Date", "RecordedAt" }.Concat(type.Dimensions.Select(d => d.Column)).Select(c => $"a.\"{c}\""));
        var own = $"a.\"Type\" = {P(type.Type)} AND a.\"RecordedAt\" <= {P(snapshot.CutOff)}{And(Condition(type, count.Where, "a", snapshot))}";
        var inPeriod = $"a.\"Date\" >= {P(snapshot.From)} AND a.\"Date\" <= {P(snapshot.To)}";
        return count.Select switch
        {
            InPeriodSelection => $"SELECT {columns} FROM {factsTable} a WHERE {own} AND {inPeriod}",
            FirstInPeriodSelection =>
                $"SELECT b.* FROM (SELECT {columns}, ROW_NUMBER() OVER (PARTITION BY a.\"Subject\" ORDER BY a.\"Date\", a.\"RecordedAt\", a.\"Id\") AS \"Rank\" " +
                $"FROM {factsTable} a WHERE {own} AND {inPeriod}) b WHERE b.\"Rank\" = 1",
            OpenAtEndSelection open =>
                $"SELECT b.* FROM (SELECT {columns}, ROW_NUMBER() OVER (PARTITION BY a.\"Subject\" ORDER BY a.\"Date\" DESC, a.\"RecordedAt\" DESC, a.\"Id\" DESC) AS \"Rank\" " +
                $"FROM {factsTable} a WHERE {own} AND a.\"Date\" <= {P(snapshot.To)} AND NOT {Ended("a", open.EndedBy, $"{P(snapshot.To)}", snapshot)}) b " +
                "WHERE b.\"Rank\" = 1",
            WhileOpenSelection { Span: var span } =>
                $"SELECT {columns} FROM {factsTable} a WHERE {own} AND {inPeriod} AND EXISTS (SELECT 1 FROM {factsTable} s " +
                $"WHERE s.\"Type\" = {P(span.FactType)} AND s.\"Subject\" = a.\"Subject\" AND s.\"Date\" <= a.\"Date\" AND s.\"RecordedAt\" <= {P(snapshot.CutOff)}" +
                $"{And(Condition(Type(span.FactType), span.Where, "s", snapshot))} AND NOT {Ended("s", span.EndedBy, "a.\"Date\"", snapshot)})",
            _ => throw new InvalidOperationException($"Unknown selection {count.Select.GetType().Name}."),
        };
    }

    /// <summary>A fact of <paramref name="endedBy"/> in the same episode, dated up to <paramref name="until"/>, has ended it.</summary>
    private string Ended(string alias, string endedBy, string until, Snapshot snapshot) =>
        $"EXISTS (SELECT 1 FROM {factsTable} e WHERE e.\"Type\" = {P(endedBy)} AND e.\"Episode\" = {alias}.\"Episode\" " +
        $"AND e.\"Date\" <= {until} AND e.\"RecordedAt\" <= {P(snapshot.CutOff)})";

    private string Condition(FactType type, Filter filter, string alias, Snapshot snapshot) => filter switch
    {
        AllFilter => "",
        InFilter f => $"{Expression(type, Dim.Of(f.Dimension), alias)} IN ({string.Join(", ", f.Values.Select(v => P(v)))})",
        YearWithinFilter f => $"{alias}.\"{Column(type, f.Dimension, DimensionKind.Number)}\" > {P(snapshot.To.Year - f.Years)}",
        AndFilter f => string.Join(" AND ", new[] { Condition(type, f.Left, alias, snapshot), Condition(type, f.Right, alias, snapshot) }.Where(c => c.Length > 0)),
        _ => throw new InvalidOperationException($"Unknown filter {filter.GetType().Name}."),
    };

    /// <summary>A cell dimension as text: a column, a derived value, a mapped one or a constant.</summary>
    private string Expression(FactType type, Dim dim, string alias) => dim switch
    {
        ColumnDim { Name: FactCatalogue.AgeBand } => $"CASE WHEN {Age(type, alias)} IS NULL THEN 'unknown' WHEN {Age(type, alias)} < 18 THEN '0-17' " +
            $"WHEN {Age(type, alias)} < 30 THEN '18-29' WHEN {Age(type, alias)} < 40 THEN '30-39' WHEN {Age(type, alias)} < 50 THEN '40-49' " +
            $"WHEN {Age(type, alias)} < 60 THEN '50-59' ELSE '60+' END",
        ColumnDim { Name: FactCatalogue.AgeGroup } => $"CASE WHEN {Age(type, alias)} IS NULL THEN 'unknown' WHEN {Age(type, alias)} < 18 THEN 'minor' ELSE 'adult' END",
        ColumnDim { Name: FactCatalogue.Year } => YearOf($"{alias}.\"Date\""),
        ColumnDim c when FactCatalogue.Dimension(type, c.Name) is { Kind: DimensionKind.Number } d =>
            $"COALESCE(CAST({alias}.\"{d.Column}\" AS {Text}), 'unknown')",
        ColumnDim c => $"{alias}.\"{Column(type, c.Name, null)}\"",
        MappedDim m => $"CASE {Expression(type, Dim.Of(m.From), alias)} {string.Concat(m.Mapping.Select(p => $"WHEN {P(p.Key)} THEN {P(p.Value)} "))}ELSE {P(m.Otherwise)} END",
        ConstantDim c => $"CAST({P(c.Value)} AS {Text})",
        _ => throw new InvalidOperationException($"Unknown dimension {dim.GetType().Name}."),
    };

    private string Age(FactType type, string alias) => $"{alias}.\"{Column(type, "ageYears", DimensionKind.Number)}\"";

    private static string Column(FactType type, string name, DimensionKind? kind)
    {
        var dimension = type.Dimensions.FirstOrDefault(d => d.Name == name)
            ?? throw new InvalidOperationException($"'{name}' is not a dimension of {type.Type}.");
        if (kind is { } expected && dimension.Kind != expected) throw new InvalidOperationException($"'{name}' of {type.Type} is not a {expected}.");
        return dimension.Column;
    }

    private string YearOf(string date) => provider switch
    {
        DatabaseProvider.Sqlite => $"substr({date}, 1, 4)",
        DatabaseProvider.SqlServer => $"CAST(YEAR({date}) AS {Text})",
        _ => $"CAST(EXTRACT(YEAR FROM {date}) AS {Text})",
    };

    private string P(object value)
    {
        _parameters.Add(value);
        return $"{{{_parameters.Count - 1}}}";
    }

    private static string And(string condition) => condition.Length == 0 ? "" : $" AND {condition}";
}

/// <summary>A frozen state of the data for a period: the facts dated in it (or, for a stock, up to its last day) and
/// recorded up to the cut-off.</summary>
internal sealed record Snapshot(DateOnly From, DateOnly To, DateTime CutOff)
{
    public ReportingPeriod Period => new(From, To);
}
