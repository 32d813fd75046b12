using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tilda.Host.IntegrationTests.Infrastructure;

namespace Tilda.Host.IntegrationTests.Browser;

/// <summary>The caseworker's and decision-maker's flow in a real browser: sign in, register, admit, see the client, record a stage.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed partial class CaseworkInTheBrowserTests(BrowserSession session)
{
    [Fact]
    public async Task Given_a_signed_in_decision_maker_When_an_application_is_registered_admitted_and_a_stage_recorded_in_the_browser_Then_the_case_shows_a_client_with_that_stage()
    {
        var page = await session.SignInAsync("anna", "caseworker", "decision-maker");
        await session.CheckAsync(page, "01-home");

        // The form refuses what the API refuses, with the rules' messages next to the fields.
        await page.GotoAsync("/applications/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna hakemus" }).ClickAsync();
        await Expect(page.Locator("#error-consentGiven")).ToContainTextAsync("consent");
        await Expect(page.Locator("#error-person-surname")).ToBeVisibleAsync();
        Assert.Contains(FormErrorId("person.surname"), await page.Locator("#surname").GetAttributeAsync("aria-describedby") ?? "");
        await session.CheckAsync(page, "02-application-refused");

        var surname = "Selain" + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#receivedOn").FillAsync("2025-03-14");
        await page.Locator("#channel").SelectOptionAsync("written");
        await page.Locator("#consentGiven").CheckAsync();
        await page.Locator("#referrerType").SelectOptionAsync("police");
        await page.Locator("#applicantRole").SelectOptionAsync("presumed-victim");
        await page.Locator("#givenNames").FillAsync("Testi");
        await page.Locator("#surname").FillAsync(surname);
        await page.Locator("#birthYear").FillAsync("1996");
        await page.Locator("#sex").SelectOptionAsync("female");
        await page.Locator("#citizenships").SelectOptionAsync(["NGA"]);
        await page.Locator("#residenceStatus").SelectOptionAsync("asylum-seeker");
        await page.Locator("#primaryForm").SelectOptionAsync("sexual");
        await page.Locator("#location").SelectOptionAsync("finland");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna hakemus" }).ClickAsync();

        await page.WaitForURLAsync(CasePage());
        var caseId = Guid.Parse(CasePage().Match(page.Url).Groups["id"].Value);
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("Hakija");
        await session.CheckAsync(page, "03-case-applicant");

        await page.GotoAsync("/work-list");
        await Expect(page.Locator($"a[href='/cases/{caseId}']")).ToHaveCountAsync(1);
        await session.CheckAsync(page, "04-work-list");

        await page.GotoAsync($"/cases?q={surname}");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{surname}, Testi" })).ToBeVisibleAsync();
        await session.CheckAsync(page, "05-case-search");

        await page.GotoAsync($"/cases/{caseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tee päätös hakemuksesta" }).ClickAsync();
        await session.CheckAsync(page, "06-admission-decision");
        await page.Locator("#decidedOn").FillAsync("2025-03-20");
        await page.Locator("#outcome").SelectOptionAsync("admitted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna päätös" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("Asiakas");
        await Expect(page.Locator("#client-since")).ToHaveTextAsync("20.3.2025");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kirjaa rikosprosessin vaihe" }).ClickAsync();
        await session.CheckAsync(page, "07-stage");
        await page.Locator("#stage").SelectOptionAsync("report-filed");
        await page.Locator("#occurredOn").FillAsync("2025-04-02");
        await page.Locator("#role").SelectOptionAsync("injured-party");
        await page.Locator("#offence").SelectOptionAsync("trafficking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        await Expect(page.Locator("table[aria-labelledby=stages]")).ToContainTextAsync("Rikosilmoitus tehty");
        await session.CheckAsync(page, "08-case-client");

        await page.GotoAsync($"/cases/{caseId}/assessments/new");
        await session.CheckAsync(page, "09-assessment");
        await page.GotoAsync($"/cases/{caseId}/reflection-periods/new");
        await session.CheckAsync(page, "10-reflection-period");
        await page.GotoAsync($"/cases/{caseId}/removal");
        await session.CheckAsync(page, "11-removal");
        await page.GotoAsync($"/cases/{caseId}/applications/new");
        await session.CheckAsync(page, "12-reapplication");

        // The page that showed the case put the same read on record as GET /api/cases/{caseId}: who, which case, read.
        var audit = await session.Host.ClientAs("auditor").GetJson($"/api/audit?caseId={caseId}");
        Assert.Contains(audit["items"]!.AsArray(), e => (string?)e!["user"] == "anna" && (string?)e["action"] == "read"
            && (string?)e["method"] == "GET" && (string?)e["route"] == "/cases/{CaseId:guid}" && (int?)e["status"] == 200);
        Assert.Contains(audit["items"]!.AsArray(), e => (string?)e!["user"] == "anna" && (string?)e["action"] == "changed" && (string?)e["route"] == "/cases/{CaseId:guid}/stages/new");
    }

    [Fact]
    public async Task Given_a_link_already_used_When_it_is_opened_again_Then_it_signs_nobody_in()
    {
        var link = await session.SignInLinkAsync("once", "caseworker");
        var first = await (await session.Browser.NewContextAsync(new() { BaseURL = session.Host.Address.ToString() })).NewPageAsync();
        await first.GotoAsync(link);
        var second = await (await session.Browser.NewContextAsync(new() { BaseURL = session.Host.Address.ToString() })).NewPageAsync();
        await second.GotoAsync(link);

        await first.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }).ClickAsync();
        await first.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await second.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu sisään" }).ClickAsync();

        await Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Linkki ei kelpaa");
        Assert.Equal(HttpStatusCode.Redirect, await StatusOf(second, "/work-list"));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(first, "/work-list"));
        await session.CheckAsync(second, "00-sign-in-refused");
    }

    [Fact]
    public async Task Given_a_user_who_chooses_swedish_When_they_move_on_Then_every_page_stays_in_swedish()
    {
        var page = await session.SignInAsync("sven", "caseworker");

        await page.GetByRole(AriaRole.Link, new() { Name = "På svenska" }).ClickAsync();
        await page.GotoAsync("/applications/new");

        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ny ansökan");
        await Expect(page.Locator("#channel option[value=phone]")).ToHaveTextAsync("Telefon");
        await session.CheckAsync(page, "13-application-in-swedish");
    }

    [Fact]
    public async Task Given_only_a_keyboard_When_the_application_form_is_filled_and_sent_Then_the_application_is_registered()
    {
        var page = await session.SignInAsync("keys", "caseworker");
        await page.GotoAsync("/applications/new");
        var surname = "Näppäin" + Guid.NewGuid().ToString("N")[..6];

        // From the skip link, Tab moves through the fields in order; each is filled from the keyboard alone.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        async Task TabTo(string id)
        {
            for (var i = 0; i < 40 && await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") != id; i++) await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator($"#{id}")).ToBeFocusedAsync();
        }
        async Task Choose(string id, string optionText)
        {
            await TabTo(id);
            await page.Keyboard.TypeAsync(optionText);
        }
        await TabTo("receivedOn");
        await page.Keyboard.TypeAsync("14032025");
        await Choose("channel", "Kirjallinen");
        await TabTo("consentGiven");
        await page.Keyboard.PressAsync("Space");
        await Choose("referrerType", "Poliisi");
        await Choose("applicantRole", "Mahdollinen");
        await TabTo("givenNames");
        await page.Keyboard.TypeAsync("Testi");
        await TabTo("surname");
        await page.Keyboard.TypeAsync(surname);
        await TabTo("birthYear");
        await page.Keyboard.TypeAsync("1990");
        await Choose("sex", "Mies");
        await TabTo("citizenships");
        await page.Keyboard.TypeAsync("Nigeria");
        await Choose("residenceStatus", "Turvapaikanhakija");
        await Choose("primaryForm", "Ty");
        await Choose("location", "Suomessa");
        for (var i = 0; i < 60 && await page.EvaluateAsync<string>("document.activeElement?.getAttribute('type') ?? ''") != "submit"; i++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        // The screenshot once the case page has replaced the form (taken during the navigation it can fail).
        await page.WaitForURLAsync(CasePage());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Artifacts, "14-keyboard-sent.png"), FullPage = true });
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{surname}, Testi");
        await Expect(page.Locator("#case-status")).ToHaveTextAsync("Hakija");
    }

    [Fact]
    public async Task Given_a_person_changed_by_someone_else_while_the_form_is_open_When_the_caseworker_saves_Then_the_page_names_what_changed_keeps_their_own_edit_and_the_next_save_stores_both()
    {
        var casework = session.Host.ClientAs("caseworker");
        var (_, caseId) = await casework.RegisterAsync();
        var page = await session.SignInAsync("editor", "caseworker");
        await page.GotoAsync($"/cases/{caseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Muuta henkilötietoja" }).ClickAsync();
        await session.CheckAsync(page, "15-edit-person");

        // A colleague changes the person's sex while this form is open.
        await (await casework.PatchPersonAsync(caseId, new JsonObject { ["sex"] = "male" })).ShouldBe(HttpStatusCode.OK);
        await page.Locator("#residenceStatus").SelectOptionAsync("irregular");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(page.Locator("[role=alert]").First).ToContainTextAsync("Sukupuoli");
        await session.CheckAsync(page, "16-edit-person-conflict");
        var person = (await casework.GetJson($"/api/cases/{caseId}"))["person"]!;
        Assert.Equal("asylum-seeker", (string?)person["residenceStatus"]);
        Assert.Equal("male", (string?)person["sex"]);

        // The form now shows the colleague's change with the caseworker's own still in it; saving again stores both.
        await Expect(page.Locator("#sex")).ToHaveValueAsync("male");
        await Expect(page.Locator("#residenceStatus")).ToHaveValueAsync("irregular");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        person = (await casework.GetJson($"/api/cases/{caseId}"))["person"]!;
        Assert.Equal("irregular", (string?)person["residenceStatus"]);
        Assert.Equal("male", (string?)person["sex"]);
    }

    private static string FormErrorId(string field) => Tilda.BuildingBlocks.Web.Ui.FormErrors.IdOf(field);

    private static async Task<HttpStatusCode> StatusOf(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
        return (HttpStatusCode)response.Status;
    }

    [GeneratedRegex("/cases/(?<id>[0-9a-f-]{36})(#.*)?$")]
    private static partial Regex CasePage();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
