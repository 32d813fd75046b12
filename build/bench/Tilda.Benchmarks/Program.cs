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
{
    if (options.Demo) Add(await DemoAsync(provider));
    foreach (var persons in options.OneYear) Add(await RunAsync(provider, persons, years: 1));
    foreach (var persons in options.Persons) Add(await RunAsync(provider, persons, years: 6));
}
Console.WriteLine();
Console.WriteLine(BenchRow.Header);
foreach (var row in rows) Console.WriteLine(row.Line());
Console.WriteLine();
foreach (var group in rows.Where(r => r.Store != "demo").GroupBy(r => (r.Provider, r.Store)))
    foreach (var (smaller, larger) in group.Zip(group.Skip(1)))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{group.Key.Provider}, {group.Key.Store}: {larger.Persons / (double)smaller.Persons:0}× the persons ({larger.Facts / (double)smaller.Facts:0.0}× the facts): release {larger.Release.TotalSeconds / smaller.Release.TotalSeconds:0.0}× the time, hand-written SQL {larger.Sql.TotalSeconds / smaller.Sql.TotalSeconds:0.0}×"));
return rows.All(r => r.Agrees) ? 0 : 1;

void Add(BenchRow row)
{
    rows.Add(row);
    Console.WriteLine(row.Line());
}

// The demo year, made by the host's demo-data verb through its own API; the verb releases the deck and says how long it took.
async Task<BenchRow> DemoAsync(DatabaseProvider provider)
{
    var (folder, database) = await StoreAsync(provider, "demo");
    try
    {
        var output = await HostProcess.RunAsync(options.Host, database, folder, ["demo-data", "--year", options.Year.ToString(CultureInfo.InvariantCulture)]);
        var seconds = double.Parse(DemoReleaseLog().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        await using var host = await HostProcess.StartAsync(options.Host, database, folder);
        using var client = await ClientAsync(host, database, folder);
        var release = JsonDocument.Parse(await client.GetStringAsync(
            $"/api/statistics/releases/{JsonDocument.Parse(await client.GetStringAsync("/api/statistics/releases")).RootElement[0].GetProperty("id").GetString()}"));
        var cutOff = release.RootElement.GetProperty("cutOff").GetDateTime();
        var sql = await HandWrittenSql.RunAsync(database, new DateOnly(options.Year, 1, 1), new DateOnly(options.Year, 12, 31), cutOff);
        var (agrees, cells, suppressed) = Compare(release, sql.Tables);
        return new BenchRow(provider, "demo", int.Parse(DemoPersonsLog().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            await FactStore.CountAsync(database), TimeSpan.FromSeconds(seconds), sql.Elapsed, PeakBytes: null, cells, suppressed, agrees, "");
    }
    finally
    {
        await CleanUpAsync(provider, "demo", folder);
    }
}

async Task<BenchRow> RunAsync(DatabaseProvider provider, int persons, int years)
{
    var name = $"{persons}_{years}y";
    var (folder, database) = await StoreAsync(provider, name);
    try
    {
        // The host migrates an empty database; the facts go in behind its back; a fresh host then releases them.
        await (await HostProcess.StartAsync(options.Host, database, folder)).DisposeAsync();
        var now = DateTime.UtcNow;
        var fill = Stopwatch.StartNew();
        var facts = await FactStore.FillAsync(database, SyntheticHistory.Generate(persons, options.Seed, options.Year - years + 1, years), now);
        Console.Error.WriteLine($"{provider} {persons:N0} persons over {years} year(s): {facts:N0} facts written in {fill.Elapsed.TotalSeconds:0.0} s");
        var period = (From: new DateOnly(options.Year, 1, 1), To: new DateOnly(options.Year, 12, 31));
        var sql = await HandWrittenSql.RunAsync(database, period.From, period.To, now);

        await using var host = await HostProcess.StartAsync(options.Host, database, folder);
        using var client = await ClientAsync(host, database, folder);
        var started = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/statistics/releases",
            new { period = new { from = period.From, to = period.To }, indicators = sql.Tables.Keys });
        var release = started.Elapsed;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Release failed: {(int)response.StatusCode} {body}");
        var peak = host.PeakMemory();
        if (Environment.GetEnvironmentVariable("TILDA_BENCH_VERBOSE") is not null)
            File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"tilda-bench-{provider}-{name}.log"), host.Output);
        var stages = host.Output.Select(l => StageLog().Match(l)).LastOrDefault(m => m.Success);
        var (agrees, cells, suppressed) = Compare(JsonDocument.Parse(body), sql.Tables);
        return new BenchRow(provider, years == 1 ? "1 year" : $"{years} years", persons, facts, release, sql.Elapsed, peak, cells, suppressed, agrees,
            stages is null ? "" : $"compute {stages.Groups[1].Value} ms, protect {stages.Groups[2].Value} ms, append {stages.Groups[3].Value} ms");
    }
    finally
    {
        await CleanUpAsync(provider, name, folder);
    }
}

async Task<(string Folder, DatabaseSettings Database)> StoreAsync(DatabaseProvider provider, string name)
{
    var folder = Directory.CreateTempSubdirectory($"tilda-bench-{provider}-{name}-").FullName;
    return (folder, provider == DatabaseProvider.PostgreSql
        ? await PostgresDatabaseAsync(options.Postgres!, $"tilda_bench_{name}")
        : new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "tilda.db")}"));
}

async Task CleanUpAsync(DatabaseProvider provider, string name, string folder)
{
    if (options.Keep)
    {
        Console.Error.WriteLine($"Kept {provider} store {name} (folder {folder})");
        return;
    }
    if (provider == DatabaseProvider.PostgreSql) await DropAsync(options.Postgres!, $"tilda_bench_{name}");
    Directory.Delete(folder, recursive: true);
}

// A statistician's client of a warm host (the first request pays for start-up JIT, not the release).
async Task<HttpClient> ClientAsync(HostProcess host, DatabaseSettings database, string folder)
{
    var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(30) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
        await HostProcess.TokenAsync(options.Host, database, folder, "statistician"));
    (await client.GetAsync("/api/statistics/indicators")).EnsureSuccessStatusCode();
    return client;
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

/// <param name="Store">demo (the demo-data verb's year), 1 year or 6 years of synthetic history ending with the released year.</param>
/// <param name="PeakBytes">The host's peak resident memory (not measured for the demo: its verb runs in a process of its own).</param>
internal sealed record BenchRow(DatabaseProvider Provider, string Store, int Persons, long Facts, TimeSpan Release, TimeSpan Sql, long? PeakBytes,
    int Cells, int Suppressed, bool Agrees, string Stages)
{
    public const string Header = "provider   store      persons      facts  release(s)  sql(s)  ratio  peak(MB)  cells  suppressed  agrees  stages";

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Provider,-10} {Store,-8} {Persons,9:N0} {Facts,10:N0} {Release.TotalSeconds,11:0.00} {Sql.TotalSeconds,7:0.00} {Release / Sql,6:0.0} {(PeakBytes is { } b ? (b / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "-"),9} {Cells,6} {Suppressed,11} {(Agrees ? "yes" : "NO"),7}  {Stages}");
}

internal sealed record BenchOptions(IReadOnlyList<DatabaseProvider> Providers, bool Demo, IReadOnlyList<int> OneYear, IReadOnlyList<int> Persons,
    int Year, int Seed, string Host, string? Postgres, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        List<int> Sizes(string name, string fallback) => Value(name, fallback) is "" or "none" ? [] : [.. Value(name, fallback).Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        var providers = Value("--providers", "sqlite,postgresql").Split(',').Select(p => Enum.Parse<DatabaseProvider>(p, ignoreCase: true)).ToList();
        var postgres = Environment.GetEnvironmentVariable("TILDA_TEST_POSTGRES");
        if (providers.Contains(DatabaseProvider.PostgreSql) && postgres is null)
            throw new InvalidOperationException("PostgreSQL needs TILDA_TEST_POSTGRES (an administrator connection string); build/bench/run.sh starts a server.");
        return new(providers, Value("--demo", "yes") != "no", Sizes("--one-year", "10000,100000"), Sizes("--persons", "10000,100000,1000000"),
            int.Parse(Value("--year", "2025"), CultureInfo.InvariantCulture), int.Parse(Value("--seed", "20251"), CultureInfo.InvariantCulture),
            Path.GetFullPath(Value("--host", "host/Tilda.Host/bin/Release/net10.0/Tilda.Host.dll")), postgres, args.Contains("--keep"));
    }
}

internal static partial class Program
{
    [GeneratedRegex(@"computed in (\d+) ms, protected in (\d+) ms, appended in (\d+) ms")]
    private static partial Regex StageLog();

    [GeneratedRegex(@"Released \d+ in ([0-9.]+) s")]
    private static partial Regex DemoReleaseLog();

    [GeneratedRegex(@"Applications = (\d+)")]
    private static partial Regex DemoPersonsLog();
}
