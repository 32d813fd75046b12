using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Modules.Statistics;
using Tilda.Modules.Statistics.Disclosure;
using Tilda.Modules.Statistics.Releases;

namespace Tilda.Host.IntegrationTests;

/// <summary>
/// Packs released for the same periods, protected together (threshold k = 3). In 2025: 3 women citizens of Nigeria and
/// Finland (sexual exploitation in Finland), 3 of the USA and Sweden (labour, abroad), 3 of Nigeria alone (sexual, in
/// Finland and abroad). In 2024: 3 Finnish men and one Estonian man (labour in Finland) — a group of one, which must be
/// suppressed wherever it would show, in every table of every pack.
/// </summary>
public sealed class PackReleaseTests(PackReleaseTests.Released released) : IClassFixture<PackReleaseTests.Released>
{
    public sealed class Released : IAsyncLifetime
    {
        public TildaApp App { get; } = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        public JsonNode EuThb2024 { get; private set; } = null!;
        public JsonNode EuThb2025 { get; private set; } = null!;
        public JsonNode Greta2025 { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var caseworker = App.ClientAs("caseworker", "decision-maker");
            await caseworker.AdmitAsync(3, ["NGA", "FIN"], "female", "1990-04-01", "sexual", "finland", "2025-03-02", "2025-03-10");
            await caseworker.AdmitAsync(3, ["USA", "SWE"], "female", "1985-04-01", "labour", "abroad", "2025-05-02", "2025-05-10");
            await caseworker.AdmitAsync(3, ["NGA"], "female", "1992-04-01", "sexual", "both", "2025-06-02", "2025-06-10");
            await caseworker.AdmitAsync(3, ["FIN"], "male", "1980-04-01", "labour", "finland", "2024-03-02", "2024-03-10");
            await caseworker.AdmitAsync(1, ["EST"], "male", "1970-04-01", "labour", "finland", "2024-04-02", "2024-04-10");
            await App.EventsDelivered();
            var statistician = App.ClientAs("statistician");
            EuThb2024 = await statistician.ReleasePackAsync("eu-thb", "2024-01-01", "2024-12-31");
            EuThb2025 = await statistician.ReleasePackAsync("eu-thb", "2025-01-01", "2025-12-31");
            Greta2025 = await statistician.ReleasePackAsync("coe-greta", "2025-01-01", "2025-12-31");
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly HttpClient _statistician = released.App.ClientAs("statistician");

    [Fact]
    public async Task Given_two_packs_released_for_one_period_and_one_for_another_When_everything_in_the_ledger_is_audited_Then_no_group_of_1_or_2_persons_is_recoverable()
    {
        using var scope = released.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StatisticsDbContext>();
        var tables = await db.LedgerTables.AsNoTracking().ToListAsync();
        var cells = (await db.LedgerCells.AsNoTracking().Where(c => c.Status == LedgerCell.Published).ToListAsync()).ToLookup(c => c.TableId);
        var published = tables.SelectMany(t =>
        {
            var contributions = ContributionCodec.Decode(t.Contributions);
            return cells[t.Id].Select(c => (IReadOnlyDictionary<long, long>)contributions[c.Index]);
        }).ToList();

        Assert.Equal(5 + 5 + 10, tables.Count);
        Assert.True(published.Count > 100, $"only {published.Count} values published");
        Assert.Empty(JointProtection.Recoverable(published, threshold: 3));
        // The group of one is there to be protected: 2024 has suppressed values.
        Assert.Contains(released.EuThb2024["tables"]!.AsArray(), t => t!["disclosure"]!["primarySuppressed"]!.GetValue<int>() > 0);
    }

    [Fact]
    public void Given_a_pack_When_released_Then_it_is_one_release_naming_the_pack_version_with_its_tables_in_the_pack_order()
    {
        Assert.Equal("eu-thb@1", released.EuThb2025["pack"]!.GetValue<string>());
        Assert.Equal(["eu-thb/crim_thb_vsage", "eu-thb/crim_thb_vctz", "eu-thb/crim_thb_vexp", "eu-thb/crim_thb_vctz_geo", "eu-thb/crim_thb_presumed"],
            released.EuThb2025["indicators"]!.AsArray().Select(i => i!.GetValue<string>()));
        var sexAge = released.EuThb2025.Table("crim_thb_vsage");
        Assert.Equal(["SEX", "AGE"], sexAge["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("victims.identified.by-sex-age", sexAge["requester"]!["indicator"]!.GetValue<string>());
        Assert.Equal(9, sexAge.Cells()["F|Y_GE18"]);
        Assert.Equal(0, sexAge.Cells()["M|Y_LT18"]);
    }

    [Fact]
    public void Given_persons_with_two_citizenships_When_released_Then_eurostat_counts_the_reporting_country_first_then_the_eu_and_greta_the_first_listed()
    {
        var groups = released.EuThb2025.Table("crim_thb_vctz").Cells();
        var named = released.EuThb2025.Table("crim_thb_vctz_geo").Cells();
        var nationality = released.Greta2025.Table("art10-identified-nationality").Cells();

        Assert.Equal((3, 3, 3), (groups["NAT|F"], groups["EU27_2020_FOR|F"], groups["NEU27_2020_FOR|F"]));
        Assert.Equal((3, 3, 3, 0), (named["FI"], named["SE"], named["NG"], named["US"]));
        Assert.Equal((6, 3), (nationality["NGA"], nationality["USA"]));
    }

    [Fact]
    public async Task Given_a_released_pack_When_exported_as_sdmx_csv_Then_it_parses_back_to_every_published_value_with_suppressed_cells_marked_and_the_same_bytes_every_time()
    {
        foreach (var release in new[] { released.EuThb2024, released.EuThb2025 })
        {
            var id = release["id"]!.GetValue<Guid>();
            var (bytes, type, etag) = await _statistician.ExportAsync(id, "sdmx-csv");
            var (again, _, _) = await _statistician.ExportAsync(id, "sdmx-csv");

            Assert.Equal(bytes, again);
            Assert.Equal("application/vnd.sdmx.data+csv", type);
            Assert.EndsWith("-sdmx-csv-fi\"", etag);
            var rows = Exports.ReadCsv(bytes);
            Assert.Equal(["STRUCTURE", "STRUCTURE_ID", "ACTION"], rows[0].Keys.Take(3));
            Assert.Equal(["TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"], rows[0].Keys.TakeLast(4));
            foreach (var table in release["tables"]!.AsArray())
            {
                var structure = table!["requester"]!["structure"]?.GetValue<string>() ?? $"TILDA:{table["indicator"]!.GetValue<string>().ToUpperInvariant().Replace('/', '_').Replace('.', '_').Replace('-', '_')}(1.0)";
                var dimensions = table["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
                var totals = table["requester"]!["totals"]!.AsObject();
                var sdmx = rows.Where(r => r["STRUCTURE_ID"] == structure).ToDictionary(
                    r => dimensions.All(d => r[d] == totals[d]!.GetValue<string>()) && dimensions.Count > 0 || dimensions.Count == 0 ? "total" : string.Join('|', dimensions.Select(d => r[d])),
                    r => r);
                foreach (var (cell, value) in Exports.Published(table))
                {
                    var row = sdmx[cell];
                    Assert.Equal("2024" == release["period"]!["from"]!.GetValue<string>()[..4] ? "2024" : "2025", row["TIME_PERIOD"]);
                    if (value is { } v) Assert.Equal((v.ToString(), "A", "F"), (row["OBS_VALUE"], row["OBS_STATUS"], row["CONF_STATUS"]));
                    else Assert.Equal(("", "Q"), (row["OBS_VALUE"], row["OBS_STATUS"]));
                }
            }
            if (release == released.EuThb2024)
            {
                Assert.Contains(rows, r => r["OBS_STATUS"] == "Q" && r["CONF_STATUS"] == "A");
                Assert.Contains(rows, r => r["OBS_STATUS"] == "Q" && r["CONF_STATUS"] == "D");
            }
            Assert.Contains(rows, r => r["OBS_VALUE"] == "0" && r["OBS_STATUS"] == "A");
        }
    }

    [Fact]
    public async Task Given_a_released_pack_When_exported_as_a_workbook_Then_each_table_is_a_sheet_titled_in_the_language_asked_and_a_notes_sheet_names_the_release()
    {
        var release = released.EuThb2024;
        var id = release["id"]!.GetValue<Guid>();
        var (bytes, type, _) = await _statistician.ExportAsync(id, "xlsx", "sv");
        var (again, _, _) = await _statistician.ExportAsync(id, "xlsx", "sv");
        var (finnish, _, _) = await _statistician.ExportAsync(id, "xlsx");

        Assert.Equal(bytes, again);
        Assert.NotEqual(bytes, finnish);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type);
        var sheets = Exports.ReadWorkbook(bytes);
        Assert.Equal(["crim_thb_vsage", "crim_thb_vctz", "crim_thb_vexp", "crim_thb_vctz_geo", "crim_thb_presumed", "Information"], sheets.Keys);
        foreach (var table in release["tables"]!.AsArray())
        {
            var sheet = sheets[table!["requester"]!["table"]!.GetValue<string>()];
            Assert.Equal(table["title"]!["sv"]!.GetValue<string>(), sheet[0][0]);
            var dimensions = table["dimensions"]!.AsArray().Count;
            var values = sheet.Skip(5).ToDictionary(r => r[0] == "Totalt" ? "total" : string.Join('|', r.Take(dimensions)), r => r.Count > dimensions ? r[dimensions] : "");
            foreach (var (cell, value) in Exports.Published(table))
                Assert.Equal(value?.ToString() ?? "", values[cell]);
        }
        var notes = sheets["Information"].Where(r => r.Count > 1).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.First()[1]);
        Assert.Equal(id.ToString(), notes["Publicering"]);
        Assert.Equal(release["contentHash"]!.GetValue<string>(), notes["Innehållets hash (SHA-256)"]);
        Assert.Equal("eu-thb@1", notes["Paket"]);
        Assert.Contains(sheets["Information"], r => r is ["Kan inte besvaras", ..]);
    }

    [Fact]
    public async Task Given_a_released_pack_When_exported_as_csv_Then_every_published_value_is_in_it()
    {
        var release = released.Greta2025;
        var (bytes, type, _) = await _statistician.ExportAsync(release["id"]!.GetValue<Guid>(), "csv");

        Assert.Equal("text/csv", type);
        var rows = Exports.ReadCsv(bytes);
        foreach (var table in release["tables"]!.AsArray())
        {
            var dimensions = table!["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
            var csv = rows.Where(r => r["indicator"] == table["indicator"]!.GetValue<string>())
                .ToDictionary(r => r["cell"] == "total" ? "total" : string.Join('|', r["cell"].Split(';').Select(p => p[(p.IndexOf('=') + 1)..])), r => r["value"]);
            foreach (var (cell, value) in Exports.Published(table)) Assert.Equal(value?.ToString() ?? "", csv[cell]);
        }
    }

    [Fact]
    public async Task Given_an_unknown_language_or_format_When_exporting_Then_400()
    {
        var id = released.EuThb2025["id"]!.GetValue<Guid>();

        await (await _statistician.GetAsync($"/api/statistics/releases/{id}?format=xlsx&lang=de")).ShouldBeProblem(HttpStatusCode.BadRequest, "lang");
        await (await _statistician.GetAsync($"/api/statistics/releases/{id}?format=ods")).ShouldBeProblem(HttpStatusCode.BadRequest, "format");
    }
}
