using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Benchmarks;

/// <summary>
/// The annual deck's tables as a database developer would write them by hand for one period: plain aggregates, one query
/// per table (plus one for a person total where a person can sit in several cells). The yardstick for the engine, and a
/// check on it: the bench compares every value a release publishes with these.
/// </summary>
internal static class HandWrittenSql
{
    /// <summary>Cell key ("v1|v2", or "total") → value, per indicator.</summary>
    public sealed record Result(Dictionary<string, Dictionary<string, long>> Tables, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(DatabaseSettings database, DateOnly from, DateOnly to, DateTime cutOff)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var facts = database.Provider == DatabaseProvider.PostgreSql ? "\"statistics\".\"facts\"" : "\"statistics_facts\"";
        var year = database.Provider == DatabaseProvider.PostgreSql ? "CAST(EXTRACT(YEAR FROM \"Date\") AS TEXT)" : "substr(\"Date\", 1, 4)";
        var tables = new Dictionary<string, Dictionary<string, long>>();
        var started = Stopwatch.StartNew();
        foreach (var (indicator, queries) in Queries(facts, year))
        {
            var table = Stopwatch.StartNew();
            var cells = new Dictionary<string, long>();
            foreach (var query in queries)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = query.Sql;
                Add(command, "from", from);
                Add(command, "to", to);
                Add(command, "cut", cutOff);
                Add(command, "childYear", to.Year - 18);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var key = query.Total ? "total" : string.Join('|', Enumerable.Range(0, reader.FieldCount - 1).Select(i => reader.IsDBNull(i) ? "" : reader.GetString(i)));
                    cells[key] = cells.GetValueOrDefault(key) + reader.GetInt64(reader.FieldCount - 1);
                }
            }
            // Where no total query is given, every counted unit sits in one cell: the total is their sum.
            if (!queries.Any(q => q.Total)) cells["total"] = cells.Values.Sum();
            tables[indicator] = cells;
            if (Environment.GetEnvironmentVariable("TILDA_BENCH_VERBOSE") is not null) Console.Error.WriteLine($"  SQL {indicator}: {table.Elapsed.TotalMilliseconds:0} ms");
        }
        return new Result(tables, started.Elapsed);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record Query(string Sql, bool Total = false);

    private static IEnumerable<(string Indicator, Query[] Queries)> Queries(string f, string year)
    {
        const string inPeriod = "\"Date\" >= @from AND \"Date\" <= @to AND \"RecordedAt\" <= @cut";
        string Of(string type) => $"FROM {f} WHERE \"Type\" = '{type}' AND {inPeriod}";
        var newClients =
            $"WITH firsts AS (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY \"Subject\" ORDER BY \"Date\", \"RecordedAt\", \"Id\") AS rn " +
            $"FROM {f} x WHERE \"Type\" = 'admission-decided' AND \"Outcome\" = 'admitted' AND {inPeriod}), " +
            "new_clients AS (SELECT * FROM firsts WHERE rn = 1) ";
        var clients =
            $"WITH latest AS (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY \"Subject\" ORDER BY \"Date\" DESC, \"RecordedAt\" DESC, \"Id\" DESC) AS rn " +
            $"FROM {f} x WHERE \"Type\" = 'admission-decided' AND \"Outcome\" = 'admitted' AND \"Date\" <= @to AND \"RecordedAt\" <= @cut " +
            $"AND NOT EXISTS (SELECT 1 FROM {f} e WHERE e.\"Type\" = 'client-removed' AND e.\"Episode\" = x.\"Episode\" AND e.\"Date\" <= @to AND e.\"RecordedAt\" <= @cut)), " +
            "clients AS (SELECT * FROM latest WHERE rn = 1) ";
        const string ageGroup = "CASE WHEN \"AgeYears\" IS NULL THEN 'unknown' WHEN \"AgeYears\" < 18 THEN 'minor' ELSE 'adult' END";
        const string ageBand = "CASE WHEN \"AgeYears\" IS NULL THEN 'unknown' WHEN \"AgeYears\" < 18 THEN '0-17' WHEN \"AgeYears\" < 30 THEN '18-29' " +
                               "WHEN \"AgeYears\" < 40 THEN '30-39' WHEN \"AgeYears\" < 50 THEN '40-49' WHEN \"AgeYears\" < 60 THEN '50-59' ELSE '60+' END";
        const string inFinland = "\"ExploitationLocation\" IN ('finland', 'both')";
        var stagesOfClients =
            $"FROM {f} a WHERE a.\"Type\" = 'criminal-process-stage' AND a.\"Date\" >= @from AND a.\"Date\" <= @to AND a.\"RecordedAt\" <= @cut " +
            $"AND EXISTS (SELECT 1 FROM {f} s WHERE s.\"Type\" = 'admission-decided' AND s.\"Outcome\" = 'admitted' AND s.\"Subject\" = a.\"Subject\" " +
            $"AND s.\"Date\" <= a.\"Date\" AND s.\"RecordedAt\" <= @cut AND NOT EXISTS (SELECT 1 FROM {f} e WHERE e.\"Type\" = 'client-removed' " +
            "AND e.\"Episode\" = s.\"Episode\" AND e.\"Date\" <= a.\"Date\" AND e.\"RecordedAt\" <= @cut))";

        yield return ("applications.received", [new($"SELECT {year}, COUNT(*) {Of("application-received")} GROUP BY {year}")]);
        yield return ("applications.by-referrer", [new($"SELECT \"ReferrerType\", COUNT(*) {Of("application-received")} GROUP BY \"ReferrerType\"")]);
        yield return ("decisions.admission", [new($"SELECT \"Outcome\", COUNT(*) {Of("admission-decided")} GROUP BY \"Outcome\"")]);
        yield return ("clients.new", [new($"{newClients}SELECT {ageGroup}, COUNT(*) FROM new_clients GROUP BY {ageGroup}")]);
        yield return ("clients.new.by-age-band", [new($"{newClients}SELECT {ageBand}, COUNT(*) FROM new_clients GROUP BY {ageBand}")]);
        yield return ("clients.new.exploitation-forms", [new($"{newClients}SELECT l.\"Form\", l.\"Primary\", COUNT(*) FROM {f} l JOIN new_clients n ON l.\"Episode\" = n.\"Episode\" " +
            "WHERE l.\"Type\" = 'admitted-exploitation-form' AND l.\"RecordedAt\" <= @cut GROUP BY l.\"Form\", l.\"Primary\"")]);
        foreach (var (indicator, column) in new[] { ("citizenship", "Citizenship"), ("sex", "Sex"), ("residence-status", "ResidenceStatus") })
            yield return ($"clients.new.in-finland.by-{indicator}", [new($"{newClients}SELECT \"{column}\", COUNT(*) FROM new_clients WHERE {inFinland} GROUP BY \"{column}\"")]);
        yield return ("clients.total",
        [
            new($"{clients}SELECT CASE WHEN \"ApplicantRole\" = 'investigation-assistant' THEN 'investigation-assistant' ELSE 'victim' END, COUNT(*) FROM clients " +
                "GROUP BY CASE WHEN \"ApplicantRole\" = 'investigation-assistant' THEN 'investigation-assistant' ELSE 'victim' END"),
            new($"{clients}SELECT 'dependent-child', COUNT(*) FROM {f} c JOIN clients o ON c.\"Episode\" = o.\"Episode\" " +
                "WHERE c.\"Type\" = 'admitted-dependent-child' AND c.\"RecordedAt\" <= @cut AND c.\"BirthYear\" > @childYear"),
        ]);
        yield return ("clients.admitted-as-minor", [new($"{clients}SELECT COUNT(*) FROM clients WHERE \"AgeYears\" < 18", Total: true)]);
        yield return ("clients.removed",
        [
            new($"SELECT \"Reason\", COUNT(DISTINCT \"Subject\") {Of("client-removed")} GROUP BY \"Reason\""),
            new($"SELECT COUNT(DISTINCT \"Subject\") {Of("client-removed")}", Total: true),
        ]);
        yield return ("clients.criminal-process",
        [
            new($"SELECT a.\"Stage\", COUNT(DISTINCT a.\"Subject\") {stagesOfClients} GROUP BY a.\"Stage\""),
            new($"SELECT COUNT(DISTINCT a.\"Subject\") {stagesOfClients}", Total: true),
        ]);
        yield return ("reflection-periods.granted", [new($"SELECT COUNT(DISTINCT \"Subject\") {Of("reflection-period-granted")}", Total: true)]);
        yield return ("assistance-measures.started", [new($"SELECT \"Measure\", \"Provider\", COUNT(*) {Of("assistance-measure-started")} GROUP BY \"Measure\", \"Provider\"")]);
    }
}
