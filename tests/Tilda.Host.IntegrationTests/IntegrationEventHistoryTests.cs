using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tilda.BuildingBlocks.Outbox;
using Tilda.Host.IntegrationTests.Infrastructure;
using Tilda.Shared.Events;

namespace Tilda.Host.IntegrationTests;

/// <summary>The outboxes are the permanent event history: every event has a stable name, and history written under it
/// is replayed by a statistics rebuild whatever the classes are called today.</summary>
public sealed class IntegrationEventHistoryTests
{
    [Fact]
    public void Given_the_running_service_When_listing_the_events_it_reads_back_Then_each_has_a_name_of_its_own_made_of_module_event_and_version()
    {
        using var app = new TildaApp();
        var registered = app.Services.GetRequiredService<IntegrationEventTypes>();
        var published = app.Services.GetServices<IntegrationEventAssembly>().Select(a => a.Assembly).Distinct()
            .SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(IntegrationEvent))).ToList();

        Assert.Equal(published.Count, registered.Names.Count);
        foreach (var type in published)
        {
            var name = IntegrationEvent.NameOf(type);
            Assert.Same(type, registered.TypeOf(name));
            Assert.Matches($@"^{Regex.Escape(ModuleOf(type))}\.[a-z]+(-[a-z]+)*\.v[1-9][0-9]*$", name);
        }
        Assert.Equal(["cases", "criminal-process", "decisions", "reflection-periods", "service-needs"], published.Select(ModuleOf).Distinct().Order());
    }

    /// <summary>Tilda.Modules.ServiceNeeds.Contracts → service-needs.</summary>
    private static string ModuleOf(Type eventType) =>
        Regex.Replace(eventType.Assembly.GetName().Name!.Split('.')[2], "(?<!^)([A-Z])", "-$1").ToLowerInvariant();

    [Fact]
    public async Task Given_applications_stored_earlier_under_their_stable_name_When_statistics_are_rebuilt_Then_the_next_release_counts_them()
    {
        using var app = TildaApp.WithSettings(("Statistics:Disclosure:Threshold", "3"));
        var statistician = app.ClientAs("statistician");
        var occurredAt = new DateTime(2019, 5, 2, 9, 30, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3; i++)
        {
            var id = Guid.NewGuid();
            // The payload as version 1 of the event was written, delivered long ago: only a rebuild can count it again.
            await DatabaseFile.InsertAsync(app.DatabaseFile, "cases_outbox_messages", new Dictionary<string, object?>
            {
                ["Id"] = id,
                ["Type"] = "cases.application-received.v1",
                ["Payload"] = $$"""
                    {"applicationId":"{{Guid.NewGuid()}}","caseId":"{{Guid.NewGuid()}}","receivedOn":"2019-05-0{{i + 1}}","channel":"written",
                     "urgent":false,"isReapplication":false,
                     "person":{"ageYears":31,"sex":"female","citizenship":"NGA","residenceStatus":"asylum-seeker","hasMunicipalityOfResidence":false},
                     "application":{"referrerType":"police","applicantRole":"presumed-victim","exploitationForms":[{"form":"sexual","primary":true}],
                                    "exploitationLocation":"finland","minorAtTime":false,"dependentChildren":[]},
                     "id":"{{id}}","occurredAt":"2019-05-02T09:30:00+00:00"}
                    """,
                ["OccurredAt"] = occurredAt,
                ["DeliveredAt"] = occurredAt,
                ["Attempts"] = 0,
            });
        }
        var before = await statistician.ReleaseAsync("2019-01-01", "2019-12-31", "applications.received");
        Assert.Equal(0, before["tables"]![0]!.Total());

        var rebuild = await app.ClientAs("admin").PostAsync("/api/statistics/rebuild", null);

        await rebuild.ShouldBe(HttpStatusCode.OK);
        Assert.Equal(3, (await rebuild.Json())["events"]!.GetValue<int>());
        // What was published stays as published; the next release of the year counts the replayed applications.
        Assert.Equal(0, (await statistician.GetJson("/api/statistics/indicators/applications.received?year=2019")).Total());
        var after = await statistician.ReleaseAsync("2019-01-01", "2019-12-31", "applications.received");
        Assert.Equal(2, after["version"]!.GetValue<int>());
        Assert.Equal(3, after["tables"]![0]!.Total());
        Assert.Equal(3, after["tables"]![0]!.Cells()["2019"]);
    }
}
