using Tilda.Modules.Audit.Contracts;
using Tilda.BuildingBlocks.Validation;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.CodeLists;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.Cases.Domain;
using Tilda.Shared;
using Tilda.Shared.Errors;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Outbox;
using Tilda.BuildingBlocks.Persistence;
using Tilda.BuildingBlocks.Web;

namespace Tilda.Modules.Cases.Applications;

/// <summary>The Cases module's use cases: register applications, read and search cases, change the person.</summary>
internal sealed class CasesService(
    CasesDbContext db,
    IApplicationDecisions decisions,
    TimeProvider clock,
    IValidator<RegisterApplicationRequest> applicationValidator,
    IValidator<PersonRequest> personValidator,
    IAuditTrail audit)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ApplicationCreated> RegisterAsync(RegisterApplicationRequest request, CancellationToken cancellationToken)
    {
        applicationValidator.ValidateOrThrow(request);
        var now = clock.GetUtcNow();
        var receivedOn = request.ReceivedOn!.Value;

        Case @case;
        Guid? previous = null;
        if (request.CaseId is { } caseId)
        {
            @case = await LoadCaseAsync(caseId, cancellationToken);
            await audit.ChangingAsync(caseId, cancellationToken);
            previous = @case.LatestApplicationId;
            var latest = (await decisions.OutcomesAsync([@case.LatestApplicationId], cancellationToken)).GetValueOrDefault(@case.LatestApplicationId);
            var state = CaseState.Of(latest);
            if (!state.CanReapply)
                throw new ConflictException($"Case {caseId} is '{state.Status}'; a new application can be made only after a rejection or after the client has left.");
            var decidedOn = latest!.RemovedOn ?? latest.DecidedOn;
            if (receivedOn < decidedOn)
                throw new ValidationFailedException("receivedOn", $"A new application cannot be dated before the earlier decision ({decidedOn:yyyy-MM-dd}).");
        }
        else
        {
            var person = ToPerson(request.Person!);
            @case = new Case(Guid.CreateVersion7(), person, receivedOn, now.UtcDateTime);
            @case.PersonHistory.Add(PersonSnapshot.Of(@case.Id, person, receivedOn, now.UtcDateTime));
            db.Cases.Add(@case);
            if (person.ResidencePermit is { } permit)
                db.AddIntegrationEvent(new ResidencePermitRecordedIntegrationEvent(Guid.CreateVersion7(), now, @case.Id, permit.Ground, permit.GrantedOn));
        }

        var exploitation = request.Exploitation!;
        var application = new Application(
            Guid.CreateVersion7(), @case.Id, receivedOn, request.Channel!, request.Urgent ?? false,
            request.Referrer!.Type!, NullIfBlank(request.Referrer.Organisation), request.ApplicantRole!,
            exploitation.Forms!.Select(f => new ExploitationFormEntry(f.Form!, f.Primary!.Value)).ToList(),
            exploitation.Location!, exploitation.Countries ?? [], exploitation.MinorAtTime ?? false,
            (request.DependentChildren ?? []).Select(c => new DependentChildEntry(c.BirthYear!.Value, c.Sex!)).ToList(),
            previous, now.UtcDateTime);
        @case.Add(application);
        db.Applications.Add(application);

        db.AddIntegrationEvent(new ApplicationReceivedIntegrationEvent(
            Guid.CreateVersion7(), now, application.Id, @case.Id, receivedOn, application.Channel, application.Urgent,
            IsReapplication: previous is not null, @case.ProfileOn(receivedOn), application.ToProfile()));
        // A new case is on record as changed before it exists: nothing is stored unless its creation is audited.
        await audit.ChangingAsync(@case.Id, cancellationToken);
        await db.SaveOrConflictAsync($"Case {@case.Id} received another application at the same moment; read the case and try again.", cancellationToken);
        return new ApplicationCreated(application.Id, @case.Id);
    }

    public async Task<ApplicationView> GetApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken)
            ?? throw new NotFoundException($"Application {applicationId} was not found.");
        audit.Read(application.CaseId);
        var outcomes = await decisions.OutcomesAsync([applicationId], cancellationToken);
        return ApplicationView.Of(application, outcomes.GetValueOrDefault(applicationId));
    }

    /// <summary>The case as it stands now, decisions included, and its person's version for the ETag.</summary>
    public async Task<(CaseView View, int Version)> GetCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var @case = await LoadCaseAsync(caseId, cancellationToken, tracking: false);
        audit.Read(caseId);
        var outcomes = await decisions.OutcomesAsync(@case.Applications.Select(a => a.Id).ToList(), cancellationToken);
        var decided = await decisions.OfCaseAsync(caseId, cancellationToken);
        return (CaseView.Of(@case, outcomes, decided), @case.Version);
    }

    public async Task<PagedResult<CaseListItem>> SearchAsync(string? status, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (status is not null && !CasesCodeLists.CaseStatus.Contains(status))
            throw new BadRequestException("status", $"Unknown status; expected {CasesCodeLists.CaseStatus.Describe()}.");
        if (q?.Length > 2 * Limits.NameLength)
            throw new BadRequestException("q", $"The search text must be at most {2 * Limits.NameLength} characters.");
        var paging = PageRequest.Parse(page, pageSize, DefaultPageSize, MaxPageSize);

        var query = db.Cases.AsNoTracking();
        if (status is not null)
        {
            // The status is what Decisions has decided on each case's latest application.
            var decided = await decisions.ApplicationsInStateAsync(CaseState.DecisionStateOf(status), cancellationToken);
            query = status == CaseState.Applicant
                ? query.Where(c => !decided.Contains(c.LatestApplicationId))
                : query.Where(c => decided.Contains(c.LatestApplicationId));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            foreach (var term in q.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                query = query.Where(c => c.SearchText.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        paging.EnsureWithin(total);
        var cases = await query
            .OrderBy(c => c.Person.Surname).ThenBy(c => c.Person.GivenNames).ThenBy(c => c.Id)
            .Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new { c.Id, c.LatestApplicationId, c.Person.GivenNames, c.Person.Surname, c.Person.BirthDate, c.Person.BirthYear, c.OpenedOn })
            .ToListAsync(cancellationToken);
        var outcomes = await decisions.OutcomesAsync(cases.Select(c => c.LatestApplicationId).ToList(), cancellationToken);
        var items = cases.Select(c =>
        {
            var state = CaseState.Of(outcomes.GetValueOrDefault(c.LatestApplicationId));
            return new CaseListItem(c.Id, state.Status, c.GivenNames, c.Surname, c.BirthDate, c.BirthYear, c.OpenedOn, state.ClientSince);
        }).ToList();
        audit.Listed(items.Select(i => i.CaseId));
        return new PagedResult<CaseListItem>(items, paging.Page, paging.PageSize, total);
    }

    /// <summary>Merge-patches the person (fields present in the body replace the recorded ones). A change of
    /// statistical details takes effect today and is published; earlier periods keep what was recorded then.</summary>
    public async Task<int> PatchPersonAsync(Guid caseId, IfMatch? ifMatch, JsonObject patch, CancellationToken cancellationToken)
    {
        var @case = await LoadCaseAsync(caseId, cancellationToken);
        await audit.ChangingAsync(caseId, cancellationToken);
        if (ifMatch is null)
            throw new PreconditionRequiredException("Send the case's ETag in If-Match; read it with GET /api/cases/{caseId}.");
        if (!ifMatch.Matches(@case.Version))
            throw new PreconditionFailedException($"Case {caseId} has changed since it was read (ETag is now \"{@case.Version}\"); read it again.");

        var unknown = patch.Select(p => p.Key).Where(k => !PatchableFields.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new ValidationFailedException(unknown.ToDictionary(k => k, _ => new[] { "This field cannot be changed here (or does not exist)." }));

        var merged = JsonSerializer.SerializeToNode(PersonRequestOf(@case.Person), Json)!.AsObject();
        foreach (var (key, value) in patch) merged[key] = value?.DeepClone();
        // The birth year follows a new birth date unless it is patched too.
        if (patch.ContainsKey("birthDate") && !patch.ContainsKey("birthYear")) merged["birthYear"] = null;
        // A permit goes with the status residence-permit: a new status other than that ends it unless the patch says otherwise.
        if (patch.ContainsKey("residenceStatus") && merged["residenceStatus"]?.GetValueKind() == JsonValueKind.String
            && merged["residenceStatus"]!.GetValue<string>() != CasesCodeLists.ResidencePermit
            && !patch.ContainsKey("residencePermitGround") && !patch.ContainsKey("residencePermitGrantedOn"))
        {
            merged["residencePermitGround"] = null;
            merged["residencePermitGrantedOn"] = null;
        }
        PersonRequest request;
        try
        {
            request = merged.Deserialize<PersonRequest>(Json)!;
        }
        catch (JsonException e)
        {
            throw new BadRequestException(e.Path ?? "$", "The value is malformed or of the wrong type.");
        }
        personValidator.ValidateOrThrow(request);

        var person = ToPerson(request);
        var statisticsChanged = !person.SameStatisticalProfile(@case.Person);
        if (!statisticsChanged && person with { Citizenships = @case.Person.Citizenships } == @case.Person) return @case.Version;
        var previous = @case.Person;
        @case.ChangePerson(person);
        if (statisticsChanged)
        {
            var now = clock.GetUtcNow();
            var today = clock.Today();
            var snapshot = PersonSnapshot.Of(@case.Id, person, today, now.UtcDateTime);
            @case.PersonHistory.Add(snapshot);
            db.Add(snapshot);
            db.AddIntegrationEvent(new PersonDetailsChangedIntegrationEvent(Guid.CreateVersion7(), now, @case.Id, today, snapshot.ToProfile(today)));
            if (person.ResidencePermit is { } permit && permit != previous.ResidencePermit)
                db.AddIntegrationEvent(new ResidencePermitRecordedIntegrationEvent(Guid.CreateVersion7(), now, @case.Id, permit.Ground, permit.GrantedOn));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException($"Case {caseId} was changed by someone else at the same time; read it again.");
        }
        return @case.Version;
    }

    private static readonly HashSet<string> PatchableFields =
        typeof(PersonRequest).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();

    internal async Task<Case> LoadCaseAsync(Guid caseId, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = db.Cases.Include(c => c.Applications).Include(c => c.PersonHistory).AsSplitQuery();
        if (!tracking) query = query.AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new NotFoundException($"Case {caseId} was not found.");
    }

    private static Person ToPerson(PersonRequest p) => new Person(
        p.GivenNames!.Trim(), p.Surname!.Trim(), p.BirthDate,
        p.BirthYear ?? p.BirthDate?.Year ?? (p.PersonalIdentityCode is { } code ? PersonalIdentityCode.BirthDate(code)?.Year : null),
        p.Sex!, p.Citizenships!.ToArray(), p.ResidenceStatus!, p.HasMunicipalityOfResidence ?? false,
        NullIfBlank(p.PersonalIdentityCode), p.ResidencePermitGround, p.ResidencePermitGrantedOn) with
    {
        BirthDate = p.BirthDate ?? (p.PersonalIdentityCode is { } c ? PersonalIdentityCode.BirthDate(c) : null),
    };

    private static PersonRequest PersonRequestOf(Person p) => new(p.GivenNames, p.Surname, p.BirthDate, p.BirthYear, p.Sex,
        p.Citizenships, p.ResidenceStatus, p.HasMunicipalityOfResidence, p.PersonalIdentityCode, p.ResidencePermitGround, p.ResidencePermitGrantedOn);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
