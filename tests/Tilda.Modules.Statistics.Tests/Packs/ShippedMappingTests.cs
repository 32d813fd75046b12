using System.Globalization;
using System.Text.Json;
using Tilda.Modules.Statistics.Packs;
using Tilda.Statistics.Indicators;

namespace Tilda.Modules.Statistics.Tests.Packs;

/// <summary>The code mappings every install has, read from the built-in assembly as the host reads them.</summary>
public sealed class ShippedMappingTests
{
    private static CodeMapping Shipped(string id)
    {
        using var stream = BuiltInIndicators.Assembly.GetManifestResourceStream($"Tilda.Statistics.Indicators.Packs.{id}{ShippedPacks.MappingSuffix}")!;
        return new CodeMapping(id, 1, JsonSerializer.Deserialize<CodeMappingDefinition>(stream, PackCatalog.Json)!);
    }

    [Theory]
    [InlineData("FIN", "2025-12-31", "NAT")]
    [InlineData("SWE", "2025-12-31", "EU27_2020_FOR")]
    [InlineData("HRV", "2014-12-31", "EU28_FOR")]
    [InlineData("GBR", "2019-12-31", "EU28_FOR")]
    [InlineData("GBR", "2020-12-31", "NEU27_2020_FOR")]
    [InlineData("NGA", "2019-12-31", "NEU28_FOR")]
    [InlineData("stateless", "2025-12-31", "STLS")]
    public void Given_the_eurostat_citizenship_groups_When_a_country_is_mapped_for_a_reference_date_Then_its_eu_membership_on_that_date_decides(
        string citizenship, string referenceDate, string expected)
    {
        var on = DateOnly.Parse(referenceDate, CultureInfo.InvariantCulture);

        Assert.Equal(expected, Shipped("eurostat-citizenship-group").Map([citizenship], on, reportingCountry: "FIN"));
    }

    [Fact]
    public void Given_eurostat_country_codes_When_greece_and_the_united_kingdom_are_mapped_Then_they_are_el_and_uk()
    {
        var alpha2 = Shipped("eurostat-citizen-iso2");
        var on = new DateOnly(2025, 12, 31);

        Assert.Equal(["EL", "UK", "FI", "NG"], new[] { "GRC", "GBR", "FIN", "NGA" }.Select(c => alpha2.Map([c], on, "FIN")));
    }
}
