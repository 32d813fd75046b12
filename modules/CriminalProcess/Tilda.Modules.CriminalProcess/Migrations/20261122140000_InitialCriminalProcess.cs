using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.CriminalProcess.Migrations;

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
