using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Statistics.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "statistics");

            migrationBuilder.CreateTable(
                name: "facts",
                schema: "statistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Subject = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Episode = table.Column<long>(type: "bigint", nullable: true),
                    ReferrerType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Channel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Urgent = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ApplicantRole = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Reapplication = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AgeYears = table.Column<int>(type: "integer", nullable: true),
                    Sex = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Citizenship = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ResidenceStatus = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    HasMunicipalityOfResidence = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ExploitationLocation = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MinorAtTime = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Form = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Primary = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Measure = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Provider = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    LengthDays = table.Column<int>(type: "integer", nullable: true),
                    Stage = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Offence = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "statistics",
                columns: table => new
                {
                    EventKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.EventKey);
                });

            migrationBuilder.CreateTable(
                name: "indicator_definitions",
                schema: "statistics",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_definitions", x => new { x.Id, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "ledger_head",
                schema: "statistics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "releases",
                schema: "statistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CutOff = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Pack = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revises = table.Column<Guid>(type: "uuid", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ledger_tables",
                schema: "statistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IndicatorVersion = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CountsPersons = table.Column<bool>(type: "boolean", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    CutOff = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Supplementary = table.Column<bool>(type: "boolean", nullable: false),
                    Dimensions = table.Column<string>(type: "text", nullable: false),
                    Contributions = table.Column<byte[]>(type: "bytea", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_tables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ledger_tables_releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalSchema: "statistics",
                        principalTable: "releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_cells",
                schema: "statistics",
                columns: table => new
                {
                    TableId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<bool>(type: "boolean", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_cells", x => new { x.TableId, x.Index });
                    table.ForeignKey(
                        name: "FK_ledger_cells_ledger_tables_TableId",
                        column: x => x.TableId,
                        principalSchema: "statistics",
                        principalTable: "ledger_tables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "statistics",
                table: "ledger_head",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_facts_Type_Date",
                schema: "statistics",
                table: "facts",
                columns: new[] { "Type", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_facts_Type_Episode",
                schema: "statistics",
                table: "facts",
                columns: new[] { "Type", "Episode" });

            migrationBuilder.CreateIndex(
                name: "IX_facts_Type_Subject_Date",
                schema: "statistics",
                table: "facts",
                columns: new[] { "Type", "Subject", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_tables_Indicator_PeriodFrom_PeriodTo",
                schema: "statistics",
                table: "ledger_tables",
                columns: new[] { "Indicator", "PeriodFrom", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_tables_ReleaseId_Sequence",
                schema: "statistics",
                table: "ledger_tables",
                columns: new[] { "ReleaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_releases_PeriodFrom_PeriodTo_Version",
                schema: "statistics",
                table: "releases",
                columns: new[] { "PeriodFrom", "PeriodTo", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "facts",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "indicator_definitions",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "ledger_cells",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "ledger_head",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "ledger_tables",
                schema: "statistics");

            migrationBuilder.DropTable(
                name: "releases",
                schema: "statistics");
        }
    }
}
