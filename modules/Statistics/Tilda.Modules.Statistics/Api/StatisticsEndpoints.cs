using System.Text;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tilda.BuildingBlocks.Web;
using Tilda.Modules.Statistics.Definitions;
using Tilda.Modules.Statistics.Exports;
using Tilda.Modules.Statistics.Packs;
using Tilda.Modules.Statistics.Rebuild;
using Tilda.Modules.Statistics.Releases;
using Tilda.Shared.Errors;

namespace Tilda.Modules.Statistics.Api;

internal static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var statistics = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Statistics).WithTags("Statistics");

        statistics.MapGet("/indicators", async (StatisticsQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(ct)));

        statistics.MapGet("/indicators/{id}", async (string id, int? year, DateOnly? from, DateOnly? to, string? format, StatisticsQueries queries,
            ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (content, contentType) = await queries.TableAsync(id, StatisticsPeriod.ForReading(year, from, to), format, UserId.Of(user), ct);
            return Results.Text(content, contentType);
        });

        statistics.MapGet("/reports/annual/{year:int}", async (int year, StatisticsQueries queries, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Text(await queries.AnnualReportAsync(year, UserId.Of(user), ct), "application/json; charset=utf-8"));

        statistics.MapGet("/facts", (StatisticsQueries queries) => Results.Ok(queries.FactCatalogue()));

        statistics.MapPost("/releases", async (ReleaseRequest request, ReleaseService releases, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var release = await releases.CreateAsync(request, UserId.Of(user), ct);
            return Results.Created($"/api/statistics/releases/{release.Id}", release);
        });

        statistics.MapGet("/releases", async (DateOnly? from, DateOnly? to, string? pack, ReleaseService releases, CancellationToken ct) =>
            Results.Ok(await releases.ListAsync(from, to, pack, ct)));

        // The release as published (JSON), or as a requester loads it: csv, sdmx-csv, or xlsx with titles in ?lang=fi|sv|en.
        statistics.MapGet("/releases/{id:guid}", async (Guid id, string? format, string? lang, ReleaseService releases, ReleaseExports exports,
            HttpResponse response, CancellationToken ct) =>
        {
            if (format is null or "json")
            {
                if (lang is not null) throw new BadRequestException("lang", "The language is for the csv, sdmx-csv and xlsx formats.");
                var (document, hash) = await releases.GetAsync(id, ct);
                response.Headers.ETag = $"\"{hash}\"";
                return Results.Text(document, "application/json; charset=utf-8");
            }
            var export = await exports.ExportAsync(id, format, lang, ct);
            response.Headers.ETag = export.ETag;
            return Results.Bytes(export.Content, export.ContentType,
                format == ReleaseExports.Xlsx ? $"release-{id}.xlsx" : null);
        });

        // Packs and mappings are read by the statistician who releases them and by the administrator who saves them.
        var packs = endpoints.MapGroup("/api/statistics").RequireAuthorization(p => p.RequireRole(Roles.Statistician, Roles.Admin)).WithTags("Statistics");
        packs.MapGet("/packs", async (PackService service, CancellationToken ct) => Results.Ok(await service.ListPacksAsync(ct)));
        packs.MapGet("/packs/{id}", async (string id, int? version, PackService service, CancellationToken ct) => Results.Ok(await service.GetPackAsync(id, version, ct)));
        packs.MapGet("/code-mappings", async (PackService service, CancellationToken ct) => Results.Ok(await service.ListMappingsAsync(ct)));
        packs.MapGet("/code-mappings/{id}", async (string id, int? version, PackService service, CancellationToken ct) =>
            Results.Ok(await service.GetMappingAsync(id, version, ct)));

        // The web interface's downloads: the same exports, for the statistician's browser session, in the page's language.
        endpoints.MapGet("/statistics/releases/{id:guid}/download/{format}", async (Guid id, string format, ReleaseService releases, ReleaseExports exports,
            CancellationToken ct) =>
        {
            if (format == "json")
                return Results.File(Encoding.UTF8.GetBytes((await releases.GetAsync(id, ct)).Document), "application/json; charset=utf-8", $"tilda-release-{id}.json");
            var export = await exports.ExportAsync(id, format, Tilda.BuildingBlocks.Web.Ui.Languages.Current, ct);
            return Results.File(export.Content, export.ContentType, $"tilda-release-{id}{(format == ReleaseExports.Xlsx ? ".xlsx" : ".csv")}");
        }).RequireAuthorization(Policies.Statistics).ExcludeFromDescription();

        var admin = endpoints.MapGroup("/api/statistics").RequireAuthorization(Policies.Administration).WithTags("Statistics administration");

        admin.MapGet("/indicator-definitions", async (DefinitionService definitions, CancellationToken ct) => Results.Ok(await definitions.ListAsync(ct)));
        admin.MapGet("/indicator-definitions/{id}", async (string id, int? version, DefinitionService definitions, CancellationToken ct) =>
            Results.Ok(await definitions.GetAsync(id, version, ct)));
        admin.MapPost("/indicator-definitions", async (IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var created = await definitions.CreateAsync(definition, UserId.Of(user), ct);
            return Results.Created($"/api/statistics/indicator-definitions/{created.Id}", created);
        });
        admin.MapPut("/indicator-definitions/{id}", async (string id, IndicatorDefinition definition, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
            Results.Ok(await definitions.UpdateAsync(id, definition, UserId.Of(user), ct)));
        admin.MapDelete("/indicator-definitions/{id}", async (string id, DefinitionService definitions, ClaimsPrincipal user, CancellationToken ct) =>
        {
            await definitions.DeleteAsync(id, UserId.Of(user), ct);
            return Results.NoContent();
        });
        admin.MapPut("/packs/{id}", async (string id, PackDefinition pack, PackService packs, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (view, created) = await packs.PutPackAsync(id, pack, UserId.Of(user), ct);
            return created ? Results.Created($"/api/statistics/packs/{id}", view) : Results.Ok(view);
        });
        admin.MapPut("/code-mappings/{id}", async (string id, CodeMappingDefinition mapping, PackService packs, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var (view, created) = await packs.PutMappingAsync(id, mapping, UserId.Of(user), ct);
            return created ? Results.Created($"/api/statistics/code-mappings/{id}", view) : Results.Ok(view);
        });
        admin.MapPost("/rebuild", async (StatisticsRebuild rebuild, CancellationToken ct) => Results.Ok(await rebuild.RebuildAsync(ct)));

        return endpoints;
    }
}
