using Autofac;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Shared;
using Tilda.Shared.CodeLists;
using Tilda.Shared.Errors;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;
using Tilda.Shared.Web;

namespace Tilda.Modules.CriminalProcess;

/// <summary>One dated stage of the client's part in a criminal process.</summary>
internal sealed class Stage
{
    private Stage() { }

    public Stage(Guid caseId, string code, DateOnly occurredOn, string role, string offence, DateTime recordedAt)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Code = code;
        OccurredOn = occurredOn;
        Role = role;
        Offence = offence;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Code { get; private set; } = "";
    public DateOnly OccurredOn { get; private set; }
    public string Role { get; private set; } = "";
    public string Offence { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
}

internal sealed class CriminalProcessCodeLists : ICodeListSource
{
    public const string InvestigationStarted = "investigation-started";

    /// <summary>Stages that presuppose a criminal investigation: charging decisions and verdicts.</summary>
    public static readonly IReadOnlySet<string> AfterInvestigation = new HashSet<string>(StringComparer.Ordinal)
        { "charges-brought", "charges-not-brought", "convicted-trafficking", "convicted-other-offence", "acquitted" };

    public static readonly CodeList Stage = new("criminalProcessStage",
    [
        new("report-filed", new("Rikosilmoitus tehty", "Brottsanmälan gjord", "Report filed")),
        new(InvestigationStarted, new("Esitutkinta aloitettu", "Förundersökning inledd", "Investigation started")),
        new("investigation-discontinued", new("Esitutkinta lopetettu", "Förundersökningen nedlagd", "Investigation discontinued")),
        new("charges-brought", new("Syyte nostettu", "Åtal väckt", "Charges brought")),
        new("charges-not-brought", new("Syyttämättä jättäminen", "Åtal väcks inte", "Charges not brought")),
        new("convicted-trafficking", new("Tuomittu ihmiskaupasta", "Dömd för människohandel", "Convicted of trafficking")),
        new("convicted-other-offence", new("Tuomittu muusta rikoksesta", "Dömd för annat brott", "Convicted of another offence")),
        new("acquitted", new("Syyte hylätty", "Åtalet ogillat", "Acquitted")),
    ]);

    public static readonly CodeList Role = new("criminalProcessRole",
    [
        new("injured-party", new("Asianomistaja", "Målsägande", "Injured party")),
        new("witness", new("Todistaja", "Vittne", "Witness")),
    ]);

    public static readonly CodeList Offence = new("offence",
    [
        new("trafficking", new("Ihmiskauppa", "Människohandel", "Trafficking in human beings")),
        new("aggravated-trafficking", new("Törkeä ihmiskauppa", "Grov människohandel", "Aggravated trafficking in human beings")),
        new("pandering", new("Parittaminen", "Koppleri", "Pandering")),
        new("extortionate-work-discrimination", new("Kiskonnantapainen työsyrjintä", "Ockerliknande diskriminering i arbetslivet", "Extortionate work discrimination")),
        new("other", new("Muu rikos", "Annat brott", "Other offence")),
    ]);

    public IEnumerable<CodeList> CodeLists => [Stage, Role, Offence];
}

internal sealed record StageRequest(string? Stage, DateOnly? OccurredOn, string? Role, string? Offence);

internal sealed record StageView(Guid StageId, Guid CaseId, string Stage, DateOnly OccurredOn, string Role, string Offence)
{
    public static StageView Of(Stage s) => new(s.Id, s.CaseId, s.Code, s.OccurredOn, s.Role, s.Offence);
}

internal sealed class StageValidator : AbstractValidator<StageRequest>
{
    public StageValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Stage).NotEmpty().Must(CriminalProcessCodeLists.Stage.Contains).WithMessage($"Unknown stage; expected {CriminalProcessCodeLists.Stage.Describe()}.");
        RuleFor(r => r.OccurredOn).NotNull().Must(d => d is null || d <= clock.Today()).WithMessage("The date cannot be in the future.");
        RuleFor(r => r.Role).NotEmpty().Must(CriminalProcessCodeLists.Role.Contains).WithMessage($"Unknown role; expected {CriminalProcessCodeLists.Role.Describe()}.");
        RuleFor(r => r.Offence).NotEmpty().Must(CriminalProcessCodeLists.Offence.Contains).WithMessage($"Unknown offence; expected {CriminalProcessCodeLists.Offence.Describe()}.");
    }
}

internal sealed class CriminalProcessDbContext(DbContextOptions<CriminalProcessDbContext> options) : DbContext(options)
{
    public const string Module = "criminal_process";

    public DbSet<Stage> Stages => Set<Stage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tables = ModuleTables.For(Module, Database.ProviderName);
        modelBuilder.MapOutbox(tables);
        modelBuilder.Entity<Stage>(s =>
        {
            s.ToTable(tables.Table("stages"), tables.Schema);
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Code).HasMaxLength(40);
            s.Property(x => x.Role).HasMaxLength(20);
            s.Property(x => x.Offence).HasMaxLength(40);
            s.HasIndex(x => x.CaseId);
        });
    }
}

[DbContext(typeof(CriminalProcessDbContext))]
[Migration("20261122140000_InitialCriminalProcess")]
internal sealed class InitialCriminalProcess : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(CriminalProcessDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);
        var stages = tables.Table("stages");
        migrationBuilder.CreateTable(stages, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            Code = c.Column<string>(maxLength: 40, nullable: false),
            OccurredOn = c.Column<DateOnly>(nullable: false),
            Role = c.Column<string>(maxLength: 20, nullable: false),
            Offence = c.Column<string>(maxLength: 40, nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{stages}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{stages}_CaseId", stages, "CaseId", tables.Schema);
        migrationBuilder.CreateOutboxTable(tables);
    }
}

/// <summary>
/// Stages may be recorded for any case (a person may take part in a process before or without being admitted);
/// the statistics count those who are clients on the stage's date.
/// </summary>
internal sealed class CriminalProcessService(CriminalProcessDbContext db, ICasesModule cases, TimeProvider clock, IValidator<StageRequest> validator, IAuditTrail audit)
{
    public async Task<StageView> RecordAsync(Guid caseId, StageRequest request, CancellationToken cancellationToken)
    {
        validator.ValidateOrThrow(request);
        var firstApplication = await cases.FirstApplicationOnAsync(caseId, cancellationToken) ?? throw new NotFoundException($"Case {caseId} was not found.");
        audit.Changed(caseId);
        var occurredOn = request.OccurredOn!.Value;
        if (occurredOn < firstApplication)
            throw new ValidationFailedException("occurredOn", $"A stage cannot be dated before the person's first application ({firstApplication:yyyy-MM-dd}).");
        if (CriminalProcessCodeLists.AfterInvestigation.Contains(request.Stage!)
            && !await db.Stages.AnyAsync(s => s.CaseId == caseId && s.Code == CriminalProcessCodeLists.InvestigationStarted && s.OccurredOn <= occurredOn, cancellationToken))
            throw new ValidationFailedException("stage",
                $"'{request.Stage}' can only follow a criminal investigation: record 'investigation-started' (dated on or before {occurredOn:yyyy-MM-dd}) first.");

        var stage = new Stage(caseId, request.Stage!, occurredOn, request.Role!, request.Offence!, clock.GetUtcNow().UtcDateTime);
        db.Stages.Add(stage);
        db.AddIntegrationEvent(new CriminalProcessStageRecordedIntegrationEvent(Guid.CreateVersion7(), clock.GetUtcNow(), stage.Id, caseId, stage.Code, occurredOn, stage.Role, stage.Offence));
        await db.SaveChangesAsync(cancellationToken);
        return StageView.Of(stage);
    }

    public async Task<IReadOnlyList<StageView>> ListAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await cases.CaseExistsAsync(caseId, cancellationToken)) throw new NotFoundException($"Case {caseId} was not found.");
        audit.Read(caseId);
        return (await db.Stages.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(s => s.OccurredOn).ThenBy(s => s.RecordedAt).Select(StageView.Of).ToList();
    }
}

internal sealed class CriminalProcessModuleFacade(CriminalProcessDbContext db) : ICriminalProcessModule
{
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Guid caseId, CancellationToken cancellationToken) =>
        (await db.Stages.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken))
        .Select(s => new TimelineEntry(s.OccurredOn, "criminal-process", "criminal-process-stage", s.Id,
            new Dictionary<string, object?> { ["stage"] = s.Code, ["role"] = s.Role, ["offence"] = s.Offence }))
        .ToList();
}

/// <summary>CriminalProcess: the client's part in the criminal process, as dated stages.</summary>
public sealed class CriminalProcessModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<CriminalProcessService>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessModuleFacade>().As<ICriminalProcessModule>().As<ICaseTimelineSource>().InstancePerLifetimeScope();
        builder.RegisterType<CriminalProcessCodeLists>().As<ICodeListSource>().SingleInstance();
    }
}

public static class CriminalProcessModuleRegistration
{
    public static IServiceCollection AddCriminalProcessModule(this IServiceCollection services)
    {
        return services.AddModule<CriminalProcessDbContext>(CriminalProcessDbContext.Module);
    }

    public static IEndpointRouteBuilder MapCriminalProcessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/criminal-process/{caseId:guid}/stages").RequireAuthorization(Policies.Casework).WithTags("Criminal process");
        api.MapPost("", async (Guid caseId, StageRequest request, CriminalProcessService service, CancellationToken ct) =>
        {
            var stage = await service.RecordAsync(caseId, request, ct);
            return Results.Created($"/api/criminal-process/{caseId}/stages", stage);
        });
        api.MapGet("", async (Guid caseId, CriminalProcessService service, CancellationToken ct) => Results.Ok(await service.ListAsync(caseId, ct)));
        return endpoints;
    }
}
