using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Events;
using Tilda.Shared.Persistence;

namespace Tilda.Shared.Outbox;

/// <summary>The outbox table, the same in every module: one place for its model and its migration.</summary>
public static class OutboxModel
{
    private const string TableName = "outbox_messages";

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

    public static void CreateOutboxTable(this MigrationBuilder migrationBuilder, ModuleTables tables)
    {
        var table = tables.Table(TableName);
        migrationBuilder.CreateTable(
            name: table,
            schema: tables.Schema,
            columns: c => new
            {
                Id = c.Column<Guid>(nullable: false),
                Type = c.Column<string>(maxLength: 300, nullable: false),
                Payload = c.Column<string>(nullable: false),
                OccurredAt = c.Column<DateTime>(nullable: false),
                DeliveredAt = c.Column<DateTime>(nullable: true),
                Attempts = c.Column<int>(nullable: false),
                NextAttemptAt = c.Column<DateTime>(nullable: true),
                LastError = c.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: t => t.PrimaryKey($"PK_{table}", m => m.Id));
        migrationBuilder.CreateIndex($"IX_{table}_DeliveredAt_OccurredAt", table, ["DeliveredAt", "OccurredAt"], tables.Schema);
    }

    /// <summary>Adds the event to the context's outbox; it is committed by the same SaveChanges as the change.</summary>
    public static void AddIntegrationEvent(this DbContext context, IntegrationEvent integrationEvent) =>
        context.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
