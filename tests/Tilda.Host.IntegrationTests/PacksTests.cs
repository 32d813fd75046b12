using System.Net;
using System.Text.Json.Nodes;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

/// <summary>Requester packs and code mappings as versioned data (SPEC §7): the shipped ones, an administrator's next version,
/// and what is refused — with nothing written.</summary>
public sealed class PacksTests : IDisposable
{
    private readonly TildaApp _app = new();
    private readonly HttpClient _statistician;
    private readonly HttpClient _admin;

    public PacksTests()
    {
        _statistician = _app.ClientAs("statistician");
        _admin = _app.ClientAs("admin");
    }

    [Fact]
    public async Task Given_a_new_install_When_listing_packs_Then_the_five_packs_every_install_has_are_there_with_their_tables_and_period_kinds()
    {
        var packs = (await _statistician.GetJson("/api/statistics/packs")).AsArray().ToDictionary(p => p!["id"]!.GetValue<string>(), p => p!);

        Assert.Equal(["coe-greta", "eu-thb", "fi-annual", "un-glotip", "us-tip"], packs.Keys.Order());
        Assert.All(packs.Values, p => Assert.Equal(("built-in", 1), (p["source"]!.GetValue<string>(), p["version"]!.GetValue<int>())));
        Assert.Equal("april-march", packs["us-tip"]["periodKind"]!.GetValue<string>());
        Assert.Equal("calendar-year", packs["eu-thb"]["periodKind"]!.GetValue<string>());
        Assert.Equal(15, packs["fi-annual"]["tables"]!.AsArray().Count);
        var euThb = await _statistician.GetJson("/api/statistics/packs/eu-thb");
        Assert.Contains(euThb["notes"]!.AsArray(), n => n!["kind"]!.GetValue<string>() == "cannot-answer");
        Assert.Equal("eurostat-citizenship-group@1", euThb["tables"]![1]!["dimensions"]![0]!["mapping"]!.GetValue<string>());
        // Every shipped mapping passed its checks and is stored.
        var mappings = (await _statistician.GetJson("/api/statistics/code-mappings")).AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(20, mappings.Count);
    }

    public void Dispose() => _app.Dispose();
}
