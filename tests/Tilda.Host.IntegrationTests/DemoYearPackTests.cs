using System.Text;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// The five packs every install has, released for the calibrated demo year (the US TIP report for 1 April 2025 – 31 March
/// 2026) on top of the demo's own release of the deck, at the default threshold of 5: fi-annual reproduces the deck's
/// figures, and what two packs publish for the same persons and period is the same number.
/// </summary>
public sealed class DemoYearPackTests(DemoYearTests.DemoYearApp demo, ITestOutputHelper output) : IClassFixture<DemoYearTests.DemoYearApp>
{
    private static readonly (string Pack, string From, string To)[] Packs =
    [
        ("fi-annual", "2025-01-01", "2025-12-31"), ("eu-thb", "2025-01-01", "2025-12-31"), ("coe-greta", "2025-01-01", "2025-12-31"),
        ("un-glotip", "2025-01-01", "2025-12-31"), ("us-tip", "2025-04-01", "2026-03-31"),
    ];

    private readonly HttpClient _statistician = demo.App.ClientAs("statistician");

    /// <summary>The pack's release for its demo period, made the first time a test asks for it.</summary>
    private async Task<JsonNode> Released(string pack)
    {
        var (_, from, to) = Packs.Single(p => p.Pack == pack);
        var made = (await _statistician.GetJson($"/api/statistics/releases?pack={pack}&from={from}&to={to}")).AsArray();
        return made.Count > 0
            ? await _statistician.GetJson($"/api/statistics/releases/{made[0]!["id"]!.GetValue<Guid>()}")
            : await _statistician.ReleasePackAsync(pack, from, to);
    }

    [Fact]
    public async Task Given_the_demo_year_When_fi_annual_is_released_Then_it_reproduces_the_figures_of_the_2025_deck()
    {
        var release = await Released("fi-annual");

        Assert.Equal(15, release["tables"]!.AsArray().Count);
        await DemoYearTests.AssertReproducesTheDeck(id => Task.FromResult(release.Table(id)));
    }

    [Fact]
    public async Task Given_the_demo_year_When_every_pack_is_released_Then_every_value_two_packs_publish_for_the_same_persons_and_period_is_equal()
    {
        var released = new Dictionary<string, JsonNode>();
        foreach (var (pack, _, _) in Packs) released[pack] = await Released(pack);
        Dictionary<string, long?> Of(string pack, string table) => Exports.Published(released[pack].Table(table));
        var compared = 0;
        void Same(string what, long? one, long? other)
        {
            if (one is null || other is null) return;
            Assert.True(one == other, $"{what}: {one} ≠ {other}");
            compared++;
        }

        // Identified victims of 2025, by every requester's table of them.
        var identified = new[]
        {
            Of("eu-thb", "crim_thb_vsage"), Of("eu-thb", "crim_thb_vctz"), Of("eu-thb", "crim_thb_vexp"), Of("eu-thb", "crim_thb_vctz_geo"),
            Of("coe-greta", "art10-identified-sex-age"), Of("coe-greta", "art10-identified-nationality"), Of("coe-greta", "art10-identified-form"),
            Of("coe-greta", "art10-identified-internal-transnational"), Of("un-glotip", "detected-victims-sex-age"), Of("un-glotip", "detected-victims-form"),
            Of("un-glotip", "detected-victims-citizenship"), Of("un-glotip", "sdg-16-2-2"),
        };
        foreach (var table in identified.Skip(1)) Same("identified victims", identified[0]["total"], table["total"]);
        Same("presumed victims", Of("eu-thb", "crim_thb_presumed")["total"], Of("coe-greta", "art10-presumed-sex-age")["total"]);
        Same("reflection periods", Of("coe-greta", "art13-reflection-periods")["total"], Of("fi-annual", "reflection-periods.granted")["total"]);
        Same("criminal process", Of("coe-greta", "criminal-process-stages")["total"], Of("fi-annual", "clients.criminal-process")["total"]);

        // Cell by cell where the requesters' codes stand for the same persons.
        var eurostat = Of("eu-thb", "crim_thb_vsage");
        var greta = Of("coe-greta", "art10-identified-sex-age");
        var unodc = Of("un-glotip", "detected-victims-sex-age");
        foreach (var (sex, gretaSex) in new[] { ("F", "FEMALE"), ("M", "MALE"), ("UNK", "UNKNOWN") })
        foreach (var (age, gretaAge) in new[] { ("Y_LT18", "CHILD"), ("Y_GE18", "ADULT"), ("UNK", "UNKNOWN") })
            Same($"{sex}|{age}", eurostat[$"{sex}|{age}"], greta[$"{gretaSex}|{gretaAge}"]);
        foreach (var (sexAge, cell) in new[] { ("WOMEN", "F|Y_GE18"), ("MEN", "M|Y_GE18"), ("GIRLS", "F|Y_LT18"), ("BOYS", "M|Y_LT18") })
            Same(sexAge, unodc[sexAge], eurostat[cell]);
        var stages = Of("coe-greta", "criminal-process-stages");
        var deckStages = Of("fi-annual", "clients.criminal-process");
        foreach (var (code, stage) in new[] { ("REPORTED", "report-filed"), ("INVESTIGATED", "investigation-started"), ("PROSECUTED", "charges-brought") })
            Same(code, stages[code], deckStages.GetValueOrDefault(stage, 0));
        Same("SEX_EXP", Of("un-glotip", "detected-victims-form")["SEXUAL_EXPLOITATION"], Sum(Of("eu-thb", "crim_thb_vexp"), "SEX_EXP"));

        Assert.True(compared >= 15, $"only {compared} values were published by both packs");
    }

    /// <summary>The cells of a requester dimension's code, summed over the others; null when any is suppressed.</summary>
    private static long? Sum(Dictionary<string, long?> cells, string code) =>
        cells.Where(c => c.Key.Split('|')[0] == code).Aggregate((long?)0, (sum, c) => sum + c.Value);

    [Fact]
    public async Task Given_the_demo_year_When_each_pack_is_released_and_exported_Then_every_format_reads_back_and_the_figures_are_listed()
    {
        var figures = new StringBuilder();
        foreach (var (pack, _, _) in Packs)
        {
            var release = await Released(pack);
            var id = release["id"]!.GetValue<Guid>();
            var tables = release["tables"]!.AsArray();
            var (sdmx, _, _) = await _statistician.ExportAsync(id, "sdmx-csv");
            var (xlsx, _, _) = await _statistician.ExportAsync(id, "xlsx", "en");
            var (csv, _, _) = await _statistician.ExportAsync(id, "csv");

            var cells = tables.Sum(t => t!["rows"]!.AsArray().Count + 1);
            Assert.Equal(cells, Exports.ReadCsv(sdmx).Count);
            Assert.Equal(cells, Exports.ReadCsv(csv).Count);
            Assert.Equal(tables.Count + 1, Exports.ReadWorkbook(xlsx).Count);

            figures.AppendLine($"{pack} ({release["pack"]}, {release["period"]!["from"]} – {release["period"]!["to"]}, release v{release["version"]}):");
            foreach (var table in tables)
                figures.AppendLine($"  {table!["requester"]?["table"] ?? table["indicator"]}: " + string.Join(", ", Exports.Published(table)
                    .Where(c => c.Value != 0).Select(c => $"{c.Key}={c.Value?.ToString() ?? "suppressed"}")));
        }
        output.WriteLine(figures.ToString());
    }
}
