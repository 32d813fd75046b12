using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tilda.Shared.Outbox;
using Tilda.Shared.Persistence;

namespace Tilda.Modules.Cases.Migrations;

[DbContext(typeof(CasesDbContext))]
[Migration("20261122090000_InitialCases")]
internal sealed class InitialCases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var tables = ModuleTables.For(CasesDbContext.Module, migrationBuilder.ActiveProvider);
        if (tables.Schema is not null) migrationBuilder.EnsureSchema(tables.Schema);

        var cases = tables.Table("cases");
        migrationBuilder.CreateTable(cases, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            SearchText = c.Column<string>(maxLength: 210, nullable: false),
            GivenNames = c.Column<string>(maxLength: 100, nullable: false),
            Surname = c.Column<string>(maxLength: 100, nullable: false),
            BirthDate = c.Column<DateOnly>(nullable: true),
            BirthYear = c.Column<int>(nullable: true),
            Sex = c.Column<string>(maxLength: 20, nullable: false),
            Citizenships = c.Column<string>(maxLength: 100, nullable: false),
            ResidenceStatus = c.Column<string>(maxLength: 30, nullable: false),
            HasMunicipalityOfResidence = c.Column<bool>(nullable: false),
            PersonalIdentityCode = c.Column<string>(maxLength: 11, nullable: true),
            OpenedOn = c.Column<DateOnly>(nullable: false),
            ClientSince = c.Column<DateOnly>(nullable: true),
            RemovedOn = c.Column<DateOnly>(nullable: true),
            Version = c.Column<int>(nullable: false),
            CreatedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey($"PK_{cases}", x => x.Id));
        migrationBuilder.CreateIndex($"IX_{cases}_Status", cases, "Status", tables.Schema);

        var applications = tables.Table("applications");
        migrationBuilder.CreateTable(applications, schema: tables.Schema, columns: c => new
        {
            Id = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            ReceivedOn = c.Column<DateOnly>(nullable: false),
            Channel = c.Column<string>(maxLength: 20, nullable: false),
            Urgent = c.Column<bool>(nullable: false),
            ConsentGiven = c.Column<bool>(nullable: false),
            ReferrerType = c.Column<string>(maxLength: 40, nullable: false),
            ReferrerOrganisation = c.Column<string>(maxLength: 200, nullable: true),
            ApplicantRole = c.Column<string>(maxLength: 40, nullable: false),
            ExploitationForms = c.Column<string>(nullable: false),
            ExploitationLocation = c.Column<string>(maxLength: 20, nullable: false),
            ExploitationCountries = c.Column<string>(maxLength: 200, nullable: false),
            MinorAtTime = c.Column<bool>(nullable: false),
            DependentChildren = c.Column<string>(nullable: false),
            Status = c.Column<string>(maxLength: 20, nullable: false),
            RecordedAt = c.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{applications}", x => x.Id);
            t.ForeignKey($"FK_{applications}_{cases}", x => x.CaseId, cases, "Id", tables.Schema);
        });
        migrationBuilder.CreateIndex($"IX_{applications}_CaseId", applications, "CaseId", tables.Schema);

        var decisions = tables.Table("case_decisions");
        migrationBuilder.CreateTable(decisions, schema: tables.Schema, columns: c => new
        {
            DecisionId = c.Column<Guid>(nullable: false),
            CaseId = c.Column<Guid>(nullable: false),
            Kind = c.Column<string>(maxLength: 20, nullable: false),
            ApplicationId = c.Column<Guid>(nullable: true),
            AdmissionDecisionId = c.Column<Guid>(nullable: true),
            DecidedOn = c.Column<DateOnly>(nullable: false),
            Outcome = c.Column<string>(maxLength: 20, nullable: true),
            Reason = c.Column<string>(maxLength: 40, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey($"PK_{decisions}", x => x.DecisionId);
            t.ForeignKey($"FK_{decisions}_{cases}", x => x.CaseId, cases, "Id", tables.Schema);
        });
        migrationBuilder.CreateIndex($"IX_{decisions}_CaseId", decisions, "CaseId", tables.Schema);

        migrationBuilder.CreateOutboxTable(tables);
    }
}
