using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Audit.Migrations;

[DbContext(typeof(AuditDbContext))]
[Migration("20261122130000_InitialAudit")]
internal sealed class InitialAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(AuditDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);
        var entries = tables.Table("entries");
        migrationBuilder.CreateTable(entries, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            At = c.Column<DateTime>(nullable: false),
            User = c.Column<string>(maxLength: 100, nullable: false),
            Action = c.Column<string>(maxLength: 20, nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            Method = c.Column<string>(maxLength: 10, nullable: false),
            Route = c.Column<string>(maxLength: 200, nullable: false),
            Status = c.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{entries}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{entries}_CaseId_At", entries, ["CaseId", "At"], tables.Schema);
        migrationBuilder.CreateIndex($"IX_{entries}_User_At", entries, ["User", "At"], tables.Schema);
    }
}
