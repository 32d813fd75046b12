using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests;

public sealed class PluginTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", name);

    [Fact]
    public async Task Given_a_plugin_dll_in_the_plugins_folder_When_the_service_starts_Then_its_indicator_is_listed_and_computed()
    {
        var logs = new CapturingLoggerProvider();
        using var app = TildaApp.WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var plugins = Directory.CreateDirectory(Path.Combine(app.Folder, "plugins")).FullName;
        File.Copy(Fixture("Tilda.Statistics.SamplePlugin.dll"), Path.Combine(plugins, "Tilda.Statistics.SamplePlugin.dll"));
        File.Copy(Fixture("Tilda.Statistics.ForbiddenPlugin.dll"), Path.Combine(plugins, "Tilda.Statistics.ForbiddenPlugin.dll"));
        await File.WriteAllTextAsync(Path.Combine(plugins, "Broken.dll"), "this is not an assembly");
        var caseworker = app.ClientAs("caseworker");
        for (var i = 0; i < 6; i++)
        {
            var body = Api.Application("2024-02-10");
            body["urgent"] = true;
            body["channel"] = "phone";
            await caseworker.RegisterAsync(body);
        }
        await app.EventsDelivered();
        var statistician = app.ClientAs("statistician");

        var indicators = (await statistician.GetJson("/api/statistics/indicators")).AsArray();
        var table = await statistician.Indicator("sample.urgent-applications.by-channel");

        var plugin = indicators.Single(i => i!["id"]!.GetValue<string>() == "sample.urgent-applications.by-channel")!;
        Assert.Equal("plugin:Tilda.Statistics.SamplePlugin", plugin["source"]!.GetValue<string>());
        Assert.Equal(6, table.Cells()["phone"]);
        Assert.Equal(6, table.Total());
        Assert.DoesNotContain(indicators, i => i!["id"]!.GetValue<string>() == "forbidden.indicator");
        Assert.Contains(logs.Messages, m => m.Contains("Tilda.Statistics.ForbiddenPlugin.dll refused") && m.Contains("Tilda.BuildingBlocks"));
        Assert.Contains(logs.Messages, m => m.Contains("Broken.dll refused"));

        // The pack the plugin ships, on its own indicator, is released like any other.
        var pack = await statistician.GetJson("/api/statistics/packs/sample-urgent-review");
        Assert.Equal("plugin:Tilda.Statistics.SamplePlugin", pack["source"]!.GetValue<string>());
        var release = await statistician.ReleasePackAsync("sample-urgent-review", "2024-01-01", "2024-12-31");
        Assert.Equal("sample-urgent-review@1", release["pack"]!.GetValue<string>());
        Assert.Equal(6, release.Table("urgent-by-channel").Cells()["phone"]);
    }
}
