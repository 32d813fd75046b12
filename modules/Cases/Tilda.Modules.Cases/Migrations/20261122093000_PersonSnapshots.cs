using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Cases.Migrations;

/// <summary>
/// Keeps the person's statistical details per effective date, so statistics can use the details "as recorded
/// on the decision date". Existing cases get one snapshot from their opening date, copied from the case row.
/// </summary>
[DbContext(typeof(CasesDbContext))]
[Migration("20261122093000_PersonSnapshots")]
internal sealed class PersonSnapshots : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(CasesDbContext.Module, migrationBuilder.ActiveProvider);
        var snapshots = tables.Table("person_snapshots");
        migrationBuilder.CreateTable(snapshots, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            EffectiveFrom = c.Column<DateOnly>(nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
            BirthDate = c.Column<DateOnly>(nullable: true),
            BirthYear = c.Column<int>(nullable: true),
            Sex = c.Column<string>(maxLength: 20, nullable: false),
            Citizenships = c.Column<string>(maxLength: 100, nullable: false),
            ResidenceStatus = c.Column<string>(maxLength: 30, nullable: false),
            HasMunicipalityOfResidence = c.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{snapshots}", x => x.Id);
            t.ForeignKey($"FK_{snapshots}_{tables.Table("cases")}", x => x.CaseId, tables.Table("cases"), "Id", tables.Schema);
        });
        migrationBuilder.CreateIndex($"IX_{snapshots}_CaseId", snapshots, "CaseId", tables.Schema);

        // The case id doubles as the id of its first snapshot: unique, and no provider-specific id function.
        const string columns = "\"BirthDate\", \"BirthYear\", \"Sex\", \"Citizenships\", \"ResidenceStatus\", \"HasMunicipalityOfResidence\"";
        migrationBuilder.Sql(
            $"INSERT INTO {tables.Quoted("person_snapshots")} (\"Id\", \"CaseId\", \"EffectiveFrom\", \"RecordedAt\", {columns}) " +
            $"SELECT \"Id\", \"Id\", \"OpenedOn\", \"CreatedAt\", {columns} FROM {tables.Quoted("cases")}");
    }
}
