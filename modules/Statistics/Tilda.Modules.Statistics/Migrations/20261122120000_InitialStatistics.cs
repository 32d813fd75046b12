using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Statistics.Migrations;

/// <summary>The generic fact store: a new indicator never needs another table or column.</summary>
[DbContext(typeof(StatisticsDbContext))]
[Migration("20261122120000_InitialStatistics")]
internal sealed class InitialStatistics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(StatisticsDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);

        var facts = tables.Table("facts");
        migrationBuilder.CreateTable(facts, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            Type = c.Column<string>(maxLength: 60, nullable: false),
            Subject = c.Column<string>(maxLength: 64, nullable: false),
            Date = c.Column<DateOnly>(nullable: false),
            Dimensions = c.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{facts}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{facts}_Type_Date", facts, ["Type", "Date"], tables.Schema);

        var inbox = tables.Table("inbox");
        migrationBuilder.CreateTable(inbox, schema: tables.Schema, columns: c => new
        {
            EventId = c.Column<Guid>(nullable: false),
            ProcessedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{inbox}", x => x.EventId));

        var definitions = tables.Table("indicator_definitions");
        migrationBuilder.CreateTable(definitions, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<string>(maxLength: 100, nullable: false),
            Version = c.Column<int>(nullable: false),
            Definition = c.Column<string>(nullable: false),
            CreatedAt = c.Column<DateTime>(nullable: false),
            CreatedBy = c.Column<string>(maxLength: 100, nullable: false),
            Deleted = c.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{definitions}", x => new { x.Id, x.Version }));
    }
}
