using Microsoft.EntityFrameworkCore;
using Tilda.Modules.Cases.Contracts;
using Tilda.Modules.CriminalProcess.Contracts;
using Tilda.Modules.Decisions.Contracts;
using Tilda.Modules.ReflectionPeriods.Contracts;
using Tilda.Modules.ServiceNeeds.Contracts;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.Modules.Statistics.Facts;

/// <summary>
/// Receives the modules' integration events. An event already processed is skipped; otherwise its facts and its
/// inbox row are saved in one transaction — so redelivery and replays never count anything twice.
/// </summary>
internal sealed class StatisticsInbox(StatisticsDbContext db, FactProjector projector, Pseudonymizer pseudonyms, TimeProvider clock) :
    IIntegrationEventHandler<ApplicationReceivedIntegrationEvent>,
    IIntegrationEventHandler<PersonDetailsChangedIntegrationEvent>,
    IIntegrationEventHandler<ResidencePermitRecordedIntegrationEvent>,
    IIntegrationEventHandler<ClientAdmittedIntegrationEvent>,
    IIntegrationEventHandler<ApplicationRejectedIntegrationEvent>,
    IIntegrationEventHandler<ClientRemovedIntegrationEvent>,
    IIntegrationEventHandler<ServiceNeedsAssessedIntegrationEvent>,
    IIntegrationEventHandler<AssistanceMeasureEndedIntegrationEvent>,
    IIntegrationEventHandler<ReflectionPeriodGrantedIntegrationEvent>,
    IIntegrationEventHandler<ReflectionPeriodEndedIntegrationEvent>,
    IIntegrationEventHandler<CriminalProcessStageRecordedIntegrationEvent>
{
    public Task Handle(ApplicationReceivedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(PersonDetailsChangedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ResidencePermitRecordedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ClientAdmittedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ApplicationRejectedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ClientRemovedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ServiceNeedsAssessedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(AssistanceMeasureEndedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ReflectionPeriodGrantedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(ReflectionPeriodEndedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);
    public Task Handle(CriminalProcessStageRecordedIntegrationEvent e, CancellationToken ct) => ProcessAsync(e, ct);

    private async Task ProcessAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var key = pseudonyms.Event(integrationEvent.Id);
        if (await db.ProcessedEvents.AnyAsync(p => p.EventKey == key, cancellationToken)) return;
        db.ProcessedEvents.Add(new ProcessedEvent(key, clock.GetUtcNow().UtcDateTime));
        db.Facts.AddRange(projector.Project(integrationEvent));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another instance processed the same event at the same moment; its facts stand.
            db.ChangeTracker.Clear();
        }
    }
}
