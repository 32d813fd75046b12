namespace Tilda.Statistics.Sdk;

/// <summary>
/// What to count, declared: the facts of one type the period selects, grouped by dimensions, counted as persons or as
/// events. The host turns it into one query where the data is (SQLite, PostgreSQL, SQL Server). An indicator's table is
/// the union of the cells its counts yield, e.g. <c>clients.total</c> = clients by type + their dependent children.
/// </summary>
/// <param name="FactType">The type of the facts selected (<see cref="FactTypes"/>).</param>
public sealed record Count(string FactType)
{
    /// <summary>Which facts of <see cref="FactType"/> take part, before <see cref="Select"/> picks among them.</summary>
    public Filter Where { get; init; } = Filter.All;

    /// <summary>Which of them are counted for a period.</summary>
    public Selection Select { get; init; } = Selection.InPeriod;

    /// <summary>A filter on the facts <see cref="Select"/> picked (e.g. "exploited in Finland" on each person's first admission).</summary>
    public Filter Then { get; init; } = Filter.All;

    /// <summary>When set, the facts counted are those of another type linked to each selected fact through its episode
    /// (the exploitation forms or dependent children of an admission), and <see cref="By"/> reads their dimensions.</summary>
    public Link? Linked { get; init; }

    /// <summary>The cell each counted fact falls in.</summary>
    public IReadOnlyList<Dim> By { get; init; } = [];

    public Counting As { get; init; } = Counting.Persons;
}

/// <summary>Persons: a person counts once in a cell however many of its facts fall there. Events: every fact counts.</summary>
public enum Counting { Persons, Events }

/// <summary>Which facts a count takes for a period.</summary>
public abstract record Selection
{
    /// <summary>Every fact dated in the period.</summary>
    public static readonly Selection InPeriod = new InPeriodSelection();

    /// <summary>Each person's first fact dated in the period (e.g. a person admitted twice in a year is one new client).</summary>
    public static readonly Selection FirstInPeriod = new FirstInPeriodSelection();

    /// <summary>The stock at the end of the period's last day: each person's latest fact dated up to then that no fact of
    /// <paramref name="endedBy"/> with the same episode, dated up to then, has ended (an admission not yet followed by a removal).</summary>
    public static Selection OpenAtEnd(string endedBy) => new OpenAtEndSelection(endedBy);

    /// <summary>Facts dated in the period on a day when the person had an open <paramref name="span"/> (e.g. was a client).</summary>
    public static Selection WhileOpen(Span span) => new WhileOpenSelection(span);
}

public sealed record InPeriodSelection : Selection;

public sealed record FirstInPeriodSelection : Selection;

public sealed record OpenAtEndSelection(string EndedBy) : Selection;

public sealed record WhileOpenSelection(Span Span) : Selection;

/// <summary>Facts of <paramref name="FactType"/> matching <paramref name="Where"/> open from their date until a fact of
/// <paramref name="EndedBy"/> with the same episode (an admission until its removal).</summary>
public sealed record Span(string FactType, Filter Where, string EndedBy);

/// <summary>Facts of <paramref name="FactType"/> sharing a selected fact's episode, matching <paramref name="Where"/>.</summary>
public sealed record Link(string FactType, Filter Where);

/// <summary>A dimension of a cell: a fact's own dimension, one derived from it, or a fixed value.</summary>
public abstract record Dim(string Name)
{
    /// <summary>The fact's dimension of that name; <c>ageBand</c>, <c>ageGroup</c> (from <c>ageYears</c>) and <c>year</c>
    /// (of the fact's date) are derived by the host the same way for every indicator.</summary>
    public static Dim Of(string name) => new ColumnDim(name);

    /// <summary>A dimension whose value is <paramref name="map"/>ped from another, <paramref name="otherwise"/> when not listed.</summary>
    public static Dim Map(string name, string from, IReadOnlyDictionary<string, string> map, string otherwise) => new MappedDim(name, from, map, otherwise);

    /// <summary>The same value for every fact of this count (e.g. <c>clientType = dependent-child</c>).</summary>
    public static Dim Constant(string name, string value) => new ConstantDim(name, value);
}

public sealed record ColumnDim(string Name) : Dim(Name);

public sealed record MappedDim(string Name, string From, IReadOnlyDictionary<string, string> Mapping, string Otherwise) : Dim(Name);

public sealed record ConstantDim(string Name, string Value) : Dim(Name);

/// <summary>A condition on facts.</summary>
public abstract record Filter
{
    public static readonly Filter All = new AllFilter();

    /// <summary>The dimension (as <see cref="Dim.Of"/> reads it) has one of the values.</summary>
    public static Filter In(string dimension, params string[] values) => new InFilter(dimension, values);

    /// <summary>Less than <paramref name="years"/> between the year in <paramref name="dimension"/> and the period's last
    /// day's year (a dependent child, by birth year, still a minor at the period's end).</summary>
    public static Filter YearWithin(string dimension, int years) => new YearWithinFilter(dimension, years);

    public Filter And(Filter other) => this is AllFilter ? other : other is AllFilter ? this : new AndFilter(this, other);
}

public sealed record AllFilter : Filter;

public sealed record InFilter(string Dimension, IReadOnlyList<string> Values) : Filter;

public sealed record YearWithinFilter(string Dimension, int Years) : Filter;

public sealed record AndFilter(Filter Left, Filter Right) : Filter;
