using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using Tilda.BuildingBlocks.Web;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests.Browser;

/// <summary>The statistician in a real browser: makes a release, sees it as the annual deck, downloads it — and never a case.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class StatisticsInTheBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task Given_new_clients_in_2025_When_the_statistician_releases_the_year_in_the_browser_Then_the_age_band_chart_and_table_show_the_released_numbers_and_the_export_downloads()
    {
        var casework = session.Host.ClientAs("caseworker", "decision-maker");
        for (var i = 0; i < 6; i++)
            await casework.AdmitClientAsync(receivedOn: "2025-02-03", decidedOn: "2025-02-10", residenceStatus: "asylum-seeker", birthDate: "1998-05-05");
        var page = await session.SignInAsync("stat", "statistician");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilastojulkaisut" }).ClickAsync();
        await session.CheckAsync(page, "20-releases");
        Assert.Equal("2025-01-01", await page.Locator("#from").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/statistics/releases/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        var releaseId = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        await session.CheckAsync(page, "21-release-deck");

        // What the chart and its table show is what was released (read back through the API), band by band.
        var released = await session.Host.ClientAs("statistician").GetJson($"/api/statistics/releases/{releaseId}");
        var table = released["tables"]!.AsArray().Single(t => (string?)t!["indicator"] == "clients.new.by-age-band")!;
        var section = page.Locator("#slide-clients-new-by-age-band-section");
        var rows = table["rows"]!.AsArray();
        Assert.Contains(rows, r => (string?)r!["ageBand"] == "18-29" && r["suppressed"]!.GetValue<bool>() == false && r["value"]!.GetValue<long>() >= 6);
        foreach (var row in rows)
        {
            var band = (string)row!["ageBand"]!;
            var cell = section.Locator("table tr").Filter(new() { Has = page.Locator($"th:text-is('{(band == "unknown" ? "Ei tiedossa" : band)}')") }).Locator("td");
            if (row["suppressed"]!.GetValue<bool>())
                await Assertions.Expect(cell).ToHaveTextAsync("suojattu");
            else
            {
                await Assertions.Expect(cell).ToHaveTextAsync(row["value"]!.ToString());
                await Assertions.Expect(section.Locator("svg text").Filter(new() { HasTextString = row["value"]!.ToString() }).First).ToBeAttachedAsync();
            }
        }
        await Assertions.Expect(section.Locator("svg")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV-tiedosto" }).ClickAsync());
        var file = Path.Combine(BrowserSession.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var csv = await File.ReadAllTextAsync(file);
        Assert.Contains($"{releaseId},1,clients.new.by-age-band,2025-01-01,2025-12-31,ageBand=18-29,", csv);
        Assert.Equal(await (await session.Host.ClientAs("statistician").GetAsync($"/api/statistics/releases/{releaseId}?format=csv")).Content.ReadAsStringAsync(), csv);

        // The workbook, in the page's language: the age-band sheet holds the released numbers, suppressed cells empty.
        download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel-työkirja" }).ClickAsync());
        file = Path.Combine(BrowserSession.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.EndsWith(".xlsx", file, StringComparison.Ordinal);
        var workbook = await File.ReadAllBytesAsync(file);
        Assert.Equal(await (await session.Host.ClientAs("statistician").GetAsync($"/api/statistics/releases/{releaseId}?format=xlsx&lang=fi")).Content.ReadAsByteArrayAsync(), workbook);
        var sheet = Exports.ReadWorkbook(workbook)["clients.new.by-age-band"];
        Assert.Equal(table["title"]!["fi"]!.GetValue<string>(), sheet[0][0]);
        foreach (var row in rows)
        {
            var line = sheet.Single(r => r.Count > 0 && r[0] == (string)row!["ageBand"]!);
            Assert.Equal(row!["suppressed"]!.GetValue<bool>() ? "" : row["value"]!.ToString(), line.Count > 1 ? line[1] : "");
        }

        // A requester's pack for the same year: released from the same page, sent as SDMX-CSV.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilastojulkaisut" }).ClickAsync();
        await page.Locator("#pack").SelectOptionAsync("eu-thb");
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/statistics/releases/", StringComparison.Ordinal)
            && !url.EndsWith(releaseId, StringComparison.Ordinal), new() { Timeout = 60_000 });
        await session.CheckAsync(page, "22-pack-release");
        var packRelease = new Uri(page.Url).AbsolutePath.Split('/')[^1];
        Assert.StartsWith("eu-thb@", (string?)(await session.Host.ClientAs("statistician").GetJson($"/api/statistics/releases/{packRelease}"))["pack"]);
        download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "SDMX-CSV 2.0" }).ClickAsync());
        file = Path.Combine(BrowserSession.Artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var sdmx = await File.ReadAllBytesAsync(file);
        Assert.Equal(await (await session.Host.ClientAs("statistician").GetAsync($"/api/statistics/releases/{packRelease}?format=sdmx-csv")).Content.ReadAsByteArrayAsync(), sdmx);
        Assert.Contains(Exports.ReadCsv(sdmx), r => r["STRUCTURE_ID"].Contains("CRIM_THB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_statistician_session_When_it_opens_every_caseworker_page_Then_each_answers_403()
    {
        var (applicationId, caseId) = await session.Host.ClientAs("caseworker").RegisterAsync();
        var page = await session.SignInAsync("stat2", "statistician");

        var urls = CaseworkPages().Select(route => route.Replace("{CaseId:guid}", caseId.ToString()).Replace("{ApplicationId:guid}", applicationId.ToString())).ToList();

        Assert.True(urls.Count >= 11, $"Found only {urls.Count} caseworker pages: {string.Join(", ", urls)}");
        foreach (var url in urls)
        {
            var response = await page.APIRequest.GetAsync(url, new() { MaxRedirects = 0 });
            Assert.True(response.Status == (int)HttpStatusCode.Forbidden, $"{url} answered {response.Status}");
            Assert.DoesNotContain("Testi", await response.TextAsync());
        }
    }

    /// <summary>Every page of the web interface that needs the casework or decisions policy, from the compiled components.</summary>
    private static IEnumerable<string> CaseworkPages() =>
        from file in Directory.GetFiles(AppContext.BaseDirectory, "Tilda.*.dll")
        let name = Path.GetFileNameWithoutExtension(file)
        where name.StartsWith("Tilda.Modules.", StringComparison.Ordinal) || name == "Tilda.Host"
        from type in Assembly.Load(name).GetExportedTypes()
        where typeof(IComponent).IsAssignableFrom(type)
        let policy = type.GetCustomAttribute<AuthorizeAttribute>()?.Policy
        where policy is Policies.Casework or Policies.Decisions
        from route in type.GetCustomAttributes<RouteAttribute>()
        select route.Template;
}
