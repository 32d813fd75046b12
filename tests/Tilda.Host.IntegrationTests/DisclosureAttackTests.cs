using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tilda.BuildingBlocks.Persistence;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Statistics.Sdk;
using Tilda.Synthetic;
using Tilda.Testing.Statistics;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// The attack suite (docs/disclosure-control.md): over a seeded three-year history of realistic shape (about 400 persons
/// a year, Zipf-like citizenships), a statistician publishes through the API everything an attacker would ask for — the
/// deck of linked tables for three years (stocks at three year-ends and the flows between them), overlapping periods
/// (a quarter, the half-year holding it, an April–March year across two calendar years), tracker pairs of indicator
/// definitions (exploited in Finland by sex, and the same for every citizenship but one, each citizenship in turn), a
/// revision with one late admission, and a multi-year run. After each stage an attacker who knows who stands behind
/// every value (<see cref="LinearAttacker"/>, exact linear algebra over everything published so far) looks for a count of
/// 1 to k−1 persons: every cell, every intersection and difference of two cells, and every group of up to four
/// indistinguishable classes. It must find none. Every release then reads back byte for byte the same — again, after a
/// rebuild, after a restart and from a second instance.
/// </summary>
public sealed class DisclosureAttackTests(ITestOutputHelper output) : IDisposable
{
    private const int K = 5;
    private static readonly string[] Deck =
    [
        "applications.received", "applications.by-referrer", "decisions.admission", "clients.new", "clients.new.by-age-band",
        "clients.new.exploitation-forms", "clients.new.in-finland.by-citizenship", "clients.new.in-finland.by-sex",
        "clients.new.in-finland.by-residence-status", "clients.total", "clients.admitted-as-minor", "clients.removed",
        "clients.criminal-process", "reflection-periods.granted", "assistance-measures.started",
    ];

    private readonly TildaApp _app = new();
    private readonly List<(SyntheticFact Fact, DateTime RecordedAt)> _facts = [];
    private readonly List<JsonNode> _published = []; // every table the statistician received
    private readonly Dictionary<string, (string Fact, Dictionary<string, string[]> Filter, string[] Dimensions)> _definitions = [];
    private readonly List<string> _stages = [];

    [Fact]
    public async Task Given_a_seeded_history_When_everything_an_attacker_asks_for_is_published_Then_no_count_of_fewer_than_k_persons_can_be_computed_and_every_release_reads_back_identically()
    {
        var statistician = _app.ClientAs("statistician");
        await statistician.GetJson("/api/statistics/indicators"); // the host is up and has migrated
        var now = DateTime.UtcNow;
        var history = SyntheticHistory.Generate(persons: 1200, seed: 90210, firstYear: 2023, years: 3)
            .Where(f => f.Date < new DateOnly(2026, 1, 1)).Select(f => (f, FactStore.RecordedAt(f, now))).ToList();
        await AddFactsAsync(history);

        foreach (var year in new[] { 2023, 2024, 2025 }) await ReleaseAsync(statistician, $"{year}-01-01", $"{year}-12-31");
        Attack("the deck for 2023, 2024 and 2025: linked tables, stocks at three year-ends and the flows between them");

        await ReleaseAsync(statistician, "2024-01-01", "2024-03-31");
        await ReleaseAsync(statistician, "2024-01-01", "2024-06-30");
        await ReleaseAsync(statistician, "2024-04-01", "2025-03-31");
        Attack("overlapping periods: Q1 and H1 2024, April 2024 – March 2025, and the calendar years");

        await TrackersAsync(statistician, "2024");
        Attack("tracker definitions: exploited in Finland by sex, and by sex for every citizenship but one, each in turn");

        await AddFactsAsync([.. LateAdmission(new DateOnly(2024, 11, 20), DateTime.UtcNow)]);
        var revision = await ReleaseAsync(statistician, "2024-01-01", "2024-12-31");
        Assert.Equal(2, revision["version"]!.GetValue<int>());
        Assert.Contains(revision["revisions"]!.AsArray(), r => r!["indicator"]!.GetValue<string>() == "clients.new");
        Attack("a revision of 2024 with one late admission");

        var run = await statistician.GetJson("/api/statistics/indicators/clients.new.by-age-band?from=2023-01-01&to=2025-12-31");
        _published.AddRange(run["tables"]!.AsArray().Select(t => t!));
        Attack("a multi-year run of new clients by age band");

        await ReadBackIdenticallyAsync(statistician);
        output.WriteLine(string.Join('\n', _stages));
    }

    private async Task AddFactsAsync(IReadOnlyList<(SyntheticFact Fact, DateTime RecordedAt)> facts)
    {
        await FactStore.FillAsync(TestProvider.DatabaseSettings(_app.DatabaseFile), facts);
        _facts.AddRange(facts);
    }

    private async Task<JsonNode> ReleaseAsync(HttpClient statistician, string from, string to)
    {
        var release = await statistician.ReleaseAsync(from, to, Deck);
        _published.AddRange(release["tables"]!.AsArray().Select(t => t!));
        return release;
    }

    /// <summary>For each citizenship in turn, a definition counting the persons admitted in the year who were exploited
    /// in Finland, by sex, of every other citizenship; with the one of all citizenships, their difference is that one's.</summary>
    private async Task TrackersAsync(HttpClient statistician, string year)
    {
        var admin = _app.ClientAs("admin");
        var citizenships = _facts.Select(f => f.Fact.Get("citizenship")).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var excluded in citizenships.Prepend(null))
        {
            var id = excluded is null ? "attack.in-finland.by-sex" : $"attack.in-finland.by-sex.without-{excluded.ToLowerInvariant()}";
            var filter = new Dictionary<string, string[]> { ["outcome"] = ["admitted"], ["exploitationLocation"] = ["finland", "both"] };
            if (excluded is not null) filter["citizenship"] = [.. citizenships.Where(c => c != excluded)];
            var body = new JsonObject
            {
                ["id"] = id,
                ["title"] = new JsonObject { ["fi"] = id, ["sv"] = id, ["en"] = id },
                ["unit"] = "persons",
                ["fact"] = FactTypes.AdmissionDecided,
                ["filter"] = new JsonObject(filter.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)new JsonArray([.. f.Value.Select(v => (JsonNode)v)])))),
                ["dimensions"] = new JsonArray("sex"),
                ["count"] = "distinct-persons",
            };
            await (await admin.PostJson("/api/statistics/indicator-definitions", body)).ShouldBe(HttpStatusCode.Created);
            _definitions[id] = (FactTypes.AdmissionDecided, filter, ["sex"]);
            _published.Add(await statistician.GetJson($"/api/statistics/indicators/{id}?year={year}"));
        }
    }

    /// <summary>A person applying and admitted on the day, exploited in Finland, whose events reach statistics only now.</summary>
    private static IEnumerable<(SyntheticFact, DateTime)> LateAdmission(DateOnly on, DateTime recordedAt)
    {
        const long subject = 4242424242;
        const long episode = 4242;
        var profile = new Dictionary<string, string>
        {
            ["sex"] = "female", ["citizenship"] = "THA", ["residenceStatus"] = "residence-permit", ["hasMunicipalityOfResidence"] = "false",
            ["ageYears"] = "27", ["applicantRole"] = "presumed-victim", ["exploitationLocation"] = "finland", ["minorAtTime"] = "false", ["urgent"] = "false",
        };
        yield return (new(FactTypes.ApplicationReceived, subject, on, null,
            new Dictionary<string, string>(profile) { ["referrerType"] = "police", ["channel"] = "written", ["reapplication"] = "false" }), recordedAt);
        yield return (new(FactTypes.AdmissionDecided, subject, on, episode, new Dictionary<string, string>(profile) { ["outcome"] = "admitted" }), recordedAt);
        yield return (new(FactTypes.AdmittedExploitationForm, subject, on, episode,
            new Dictionary<string, string> { ["form"] = "labour", ["primary"] = "true", ["exploitationLocation"] = "finland" }), recordedAt);
    }

    /// <summary>Checks every value received against the ground truth, then lets the attacker loose on all of them.</summary>
    private void Attack(string stage)
    {
        var attacker = new LinearAttacker(K);
        var populations = new List<Population>();
        int cells = 0, suppressed = 0;
        foreach (var table in _published)
        {
            var truth = GroundTruth(table);
            var name = $"{table["indicator"]} {table["period"]!["from"]}–{table["period"]!["to"]}";
            var dimensions = table["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
            var values = table["rows"]!.AsArray()
                .Select(r => (Key: string.Join('|', dimensions.Select(d => r![d]!.GetValue<string>())), Value: r!["value"], Suppressed: r["suppressed"]!.GetValue<bool>()))
                .Append(("total", table["total"]!["value"], table["total"]!["suppressed"]!.GetValue<bool>()));
            foreach (var (key, value, isSuppressed) in values)
            {
                var persons = truth.GetValueOrDefault(key) ?? [];
                cells++;
                if (isSuppressed)
                {
                    suppressed++;
                    Assert.Null(value);
                }
                else
                {
                    Assert.True(persons.Values.Sum() == value!.GetValue<long>(), $"{name} {key}: published {value}, the history says {persons.Values.Sum()}");
                    attacker.Read(persons);
                }
            }
            // The attacker's natural populations: every cell of the table as computed, suppressed or not.
            var indicator = table["indicator"]!.GetValue<string>();
            populations.AddRange(truth.Select(c => new Population($"{name} {c.Key}", indicator.StartsWith("attack.", StringComparison.Ordinal) ? "attack" : indicator,
                $"{table["period"]!["from"]}–{table["period"]!["to"]}", c.Key, [.. c.Value.Keys])));
        }

        var report = attacker.Attack([.. populations.Select(p => (p.Name, (IReadOnlyCollection<long>)p.Persons)), .. Crossings(populations)]);

        _stages.Add($"{stage}: {_published.Count} tables, {cells} values ({suppressed} suppressed); {report.Classes} classes, rank {report.Rank}; " +
                    $"{report.Tried} groups tried, {report.Recovered.Count} recovered");
        Assert.True(report.Recovered.Count == 0, $"{stage}: the attacker computed {string.Join("; ", report.Recovered.Take(5))}");
    }

    /// <summary>Who counts how much in each cell of a published table, from the facts recorded up to its cut-off.</summary>
    private Dictionary<string, Dictionary<long, long>> GroundTruth(JsonNode table)
    {
        var cutOff = table["cutOff"]!.GetValue<DateTime>();
        var period = new ReportingPeriod(DateOnly.Parse(table["period"]!["from"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            DateOnly.Parse(table["period"]!["to"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        var snapshot = _facts.Where(f => f.RecordedAt <= cutOff).Select(f => f.Fact).ToList();
        var indicator = table["indicator"]!.GetValue<string>();
        return _definitions.TryGetValue(indicator, out var definition)
            ? Oracle.Definition(snapshot, period, definition.Fact, definition.Filter, definition.Dimensions, persons: true)
            : Oracle.Contributions(indicator, snapshot, period);
    }

    /// <param name="Family">The indicator, or "attack" for the tracker definitions (differenced against each other).</param>
    private sealed record Population(string Name, string Family, string Period, string Key, HashSet<long> Persons);

    /// <summary>
    /// Populations the attacker builds from two cells, when they hold 1 to k−1 persons: the intersection of two cells of
    /// different tables of one period (the women among the new clients of one citizenship), and the difference of the
    /// same cell of one table (or tracker family) across periods, versions and filters (a quarter out of its half-year,
    /// the stock at one year-end less the last one, a revision less the first version, all citizenships less all but one).
    /// </summary>
    private static IEnumerable<(string, IReadOnlyCollection<long>)> Crossings(List<Population> populations)
    {
        var distinct = populations.Where(p => p.Persons.Count > 0).DistinctBy(p => (p.Family, p.Period, p.Key, string.Join(',', p.Persons.Order()))).ToList();
        foreach (var period in distinct.GroupBy(p => p.Period))
        {
            var cells = period.ToList();
            for (var i = 0; i < cells.Count; i++)
                for (var j = i + 1; j < cells.Count; j++)
                    if (cells[i].Family != cells[j].Family && cells[i].Persons.Count(cells[j].Persons.Contains) is > 0 and < K)
                        yield return ($"{cells[i].Name} ∩ {cells[j].Name}", [.. cells[i].Persons.Where(cells[j].Persons.Contains)]);
        }
        foreach (var same in distinct.GroupBy(p => (p.Family, p.Key)))
        {
            var cells = same.ToList();
            foreach (var a in cells)
                foreach (var b in cells)
                    if (!ReferenceEquals(a, b) && a.Persons.Count(p => !b.Persons.Contains(p)) is > 0 and < K)
                        yield return ($"{a.Name} − {b.Name}", [.. a.Persons.Where(p => !b.Persons.Contains(p))]);
        }
    }

    /// <summary>Every release, as JSON and CSV, reads the same bytes twice, after a rebuild, after a restart, and from a
    /// second instance on the same database.</summary>
    private async Task ReadBackIdenticallyAsync(HttpClient statistician)
    {
        var releases = (await statistician.GetJson("/api/statistics/releases")).AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        async Task<List<byte[]>> ReadAll(HttpClient client)
        {
            var all = new List<byte[]>();
            foreach (var id in releases)
                foreach (var format in new[] { "json", "csv" })
                    all.Add(await client.GetByteArrayAsync($"/api/statistics/releases/{id}?format={format}"));
            return all;
        }
        var first = await ReadAll(statistician);
        Assert.Equal(first, await ReadAll(statistician));

        await (await _app.ClientAs("admin").PostAsync("/api/statistics/rebuild", null)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(first, await ReadAll(statistician));

        using var second = _app.Restart();
        Assert.Equal(first, await ReadAll(second.ClientAs("statistician")));
        _stages.Add($"{releases.Count} releases read back as the same {first.Sum(b => b.Length)} bytes: twice, after a rebuild, and from a second instance");
    }

    public void Dispose() => _app.Dispose();
}
