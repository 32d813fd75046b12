using Microsoft.EntityFrameworkCore;
using Tilda.Shared.Events;
using Tilda.BuildingBlocks.Persistence;

namespace Tilda.BuildingBlocks.Outbox;

/// <summary>The outbox table, the same in every module: one place for its model.</summary>
public static class OutboxModel
{
    internal const string TableName = "outbox_messages";

    public static void MapOutbox(this ModelBuilder modelBuilder, ModuleTables tables)
    {
        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable(tables.Table(TableName), tables.Schema);
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Type).HasMaxLength(300);
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.HasIndex(m => new { m.DeliveredAt, m.OccurredAt });
    }

    /// <summary>Adds the event to the context's outbox; it is committed by the same SaveChanges as the change.</summary>
    public static void AddIntegrationEvent(this DbContext context, IntegrationEvent integrationEvent) =>
        context.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
