using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.ReflectionPeriods.Migrations;

[DbContext(typeof(ReflectionPeriodsDbContext))]
[Migration("20261122140000_InitialReflectionPeriods")]
internal sealed class InitialReflectionPeriods : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(ReflectionPeriodsDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);
        var periods = tables.Table("periods");
        migrationBuilder.CreateTable(periods, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            DecidedOn = c.Column<DateOnly>(nullable: false),
            StartOn = c.Column<DateOnly>(nullable: false),
            EndOn = c.Column<DateOnly>(nullable: false),
            EndedOn = c.Column<DateOnly>(nullable: true),
            EndReason = c.Column<string>(maxLength: 40, nullable: true),
            DecidedBy = c.Column<string>(maxLength: 100, nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{periods}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{periods}_CaseId", periods, "CaseId", tables.Schema);
        // One decision a day per client, also when the same decision is submitted twice at the same moment.
        migrationBuilder.CreateIndex($"IX_{periods}_CaseId_DecidedOn", periods, ["CaseId", "DecidedOn"], tables.Schema, unique: true);
        migrationBuilder.CreateOutboxTable(tables);
    }
}
