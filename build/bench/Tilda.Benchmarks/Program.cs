using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Tilda.Benchmarks;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Synthetic;

// The statistics engine at scale (build/bench/run.sh). For each provider and size: a synthetic store of that many persons
// (2020–2025, about 5.6 facts a person), the real host releasing the annual deck of the last year, the same tables in
// hand-written SQL, and the host's peak memory. Prints one row per run and the time ratios between sizes.
var options = BenchOptions.Parse(args);
var rows = new List<BenchRow>();
foreach (var provider in options.Providers)
    foreach (var persons in options.Persons)
    {
        var row = await RunAsync(provider, persons);
        rows.Add(row);
        Console.WriteLine(row.Line());
    }
Console.WriteLine();
Console.WriteLine(BenchRow.Header);
foreach (var row in rows) Console.WriteLine(row.Line());
Console.WriteLine();
foreach (var group in rows.GroupBy(r => r.Provider))
    foreach (var (smaller, larger) in group.Zip(group.Skip(1)))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{group.Key}: {larger.Persons / (double)smaller.Persons:0}× the persons ({larger.Facts / (double)smaller.Facts:0.0}× the facts): release {larger.Release.TotalSeconds / smaller.Release.TotalSeconds:0.0}× the time, hand-written SQL {larger.Sql.TotalSeconds / smaller.Sql.TotalSeconds:0.0}×"));
return rows.All(r => r.Agrees) ? 0 : 1;

async Task<BenchRow> RunAsync(DatabaseProvider provider, int persons)
{
    var folder = Directory.CreateTempSubdirectory($"tilda-bench-{provider}-{persons}-").FullName;
    var database = provider == DatabaseProvider.PostgreSql
        ? await PostgresDatabaseAsync(options.Postgres!, $"tilda_bench_{persons}")
        : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "tilda.db")}");
    try
    {
        // The host migrates an empty database; the facts go in behind its back; a fresh host then releases them.
        await (await HostProcess.StartAsync(options.Host, database, folder)).DisposeAsync();
        var now = DateTime.UtcNow;
        var fill = Stopwatch.StartNew();
        var facts = await FactStore.FillAsync(database, SyntheticHistory.Generate(persons, options.Seed, options.Year - 5, 6), now);
        Console.Error.WriteLine($"{provider} {persons:N0} persons: {facts:N0} facts written in {fill.Elapsed.TotalSeconds:0.0} s");
        var period = (From: new DateOnly(options.Year, 1, 1), To: new DateOnly(options.Year, 12, 31));
        var sql = await HandWrittenSql.RunAsync(database, period.From, period.To, now);

        await using var host = await HostProcess.StartAsync(options.Host, database, folder);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await HostProcess.TokenAsync(options.Host, database, folder, "statistician"));
        var started = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/statistics/releases",
            new { period = new { from = period.From, to = period.To }, indicators = sql.Tables.Keys });
        var release = started.Elapsed;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Release failed: {(int)response.StatusCode} {body}");
        var peak = host.PeakMemory();
        var stages = host.Output.Select(l => StageLog().Match(l)).LastOrDefault(m => m.Success);
        var (agrees, cells, suppressed) = Compare(JsonDocument.Parse(body), sql.Tables);
        return new BenchRow(provider, persons, facts, release, sql.Elapsed, peak, cells, suppressed, agrees,
            stages is null ? "" : $"compute {stages.Groups[1].Value} ms, protect {stages.Groups[2].Value} ms, append {stages.Groups[3].Value} ms");
    }
    finally
    {
        if (options.Keep) Console.Error.WriteLine($"Kept {database.ConnectionString} (folder {folder})");
        else
        {
            if (provider == DatabaseProvider.PostgreSql) await DropAsync(options.Postgres!, $"tilda_bench_{persons}");
            Directory.Delete(folder, recursive: true);
        }
    }
}

// Every value the release publishes equals the hand-written SQL's; a suppressed one is counted, not compared.
static (bool Agrees, int Cells, int Suppressed) Compare(JsonDocument release, Dictionary<string, Dictionary<string, long>> expected)
{
    int cells = 0, suppressed = 0;
    var agrees = true;
    foreach (var table in release.RootElement.GetProperty("tables").EnumerateArray())
    {
        var indicator = table.GetProperty("indicator").GetString()!;
        var dimensions = table.GetProperty("dimensions").EnumerateArray().Select(d => d.GetString()!).ToList();
        var sql = expected[indicator];
        var published = table.GetProperty("rows").EnumerateArray()
            .Select(r => (Key: string.Join('|', dimensions.Select(d => r.GetProperty(d).GetString())), Value: r.GetProperty("value"), Suppressed: r.GetProperty("suppressed").GetBoolean()))
            .Append(("total", table.GetProperty("total").GetProperty("value"), table.GetProperty("total").GetProperty("suppressed").GetBoolean()));
        foreach (var (key, value, isSuppressed) in published)
        {
            cells++;
            if (isSuppressed) { suppressed++; continue; }
            if (value.GetInt64() == sql.GetValueOrDefault(key)) continue;
            agrees = false;
            Console.Error.WriteLine($"{indicator} {key}: released {value.GetInt64()}, hand-written SQL {sql.GetValueOrDefault(key)}");
        }
        foreach (var key in sql.Keys.Where(k => k != "total" && sql[k] != 0 && !table.GetProperty("rows").EnumerateArray()
                     .Any(r => string.Join('|', dimensions.Select(d => r.GetProperty(d).GetString())) == k)))
        {
            agrees = false;
            Console.Error.WriteLine($"{indicator} {key}: missing from the release, hand-written SQL {sql[key]}");
        }
    }
    return (agrees, cells, suppressed);
}

static async Task<DatabaseSettings> PostgresDatabaseAsync(string admin, string name)
{
    await DropAsync(admin, name);
    await using (var connection = new NpgsqlConnection(admin))
    {
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }
    return new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
}

static async Task DropAsync(string admin, string name)
{
    NpgsqlConnection.ClearAllPools();
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
    await drop.ExecuteNonQueryAsync();
}

internal sealed record BenchRow(DatabaseProvider Provider, int Persons, long Facts, TimeSpan Release, TimeSpan Sql, long PeakBytes,
    int Cells, int Suppressed, bool Agrees, string Stages)
{
    public const string Header = "provider    persons      facts  release(s)  sql(s)  ratio  peak(MB)  cells  suppressed  agrees  stages";

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Provider,-10} {Persons,8:N0} {Facts,10:N0} {Release.TotalSeconds,11:0.00} {Sql.TotalSeconds,7:0.00} {Release / Sql,6:0.0} {PeakBytes / 1048576.0,9:0} {Cells,6} {Suppressed,11} {(Agrees ? "yes" : "NO"),7}  {Stages}");
}

internal sealed record BenchOptions(IReadOnlyList<DatabaseProvider> Providers, IReadOnlyList<int> Persons, int Year, int Seed, string Host, string? Postgres, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        var providers = Value("--providers", "sqlite,postgresql").Split(',').Select(p => Enum.Parse<DatabaseProvider>(p, ignoreCase: true)).ToList();
        var persons = Value("--persons", "10000,100000,1000000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var postgres = Environment.GetEnvironmentVariable("TILDA_TEST_POSTGRES");
        if (providers.Contains(DatabaseProvider.PostgreSql) && postgres is null)
            throw new InvalidOperationException("PostgreSQL needs TILDA_TEST_POSTGRES (an administrator connection string); build/bench/run.sh starts a server.");
        return new(providers, persons, int.Parse(Value("--year", "2025"), CultureInfo.InvariantCulture), int.Parse(Value("--seed", "20251"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Value("--host", "host/Tilda.Host/bin/Release/net10.0/Tilda.Host.dll")), postgres, args.Contains("--keep"));
    }
}

internal static partial class Program
{
    [GeneratedRegex(@"computed in (\d+) ms, protected in (\d+) ms, appended in (\d+) ms")]
    private static partial Regex StageLog();
}
