using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Statistics.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Episode = table.Column<long>(type: "INTEGER", nullable: true),
                    ReferrerType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Urgent = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ApplicantRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Reapplication = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AgeYears = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Citizenship = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ResidenceStatus = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    HasMunicipalityOfResidence = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    ExploitationLocation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MinorAtTime = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Primary = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    LengthDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Offence = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_inbox",
                columns: table => new
                {
                    EventKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_inbox", x => x.EventKey);
                });

            migrationBuilder.CreateTable(
                name: "statistics_indicator_definitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Deleted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_indicator_definitions", x => new { x.Id, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "statistics_ledger_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_ledger_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CutOff = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pack = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revises = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_releases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statistics_ledger_tables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IndicatorVersion = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CountsPersons = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutOff = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Supplementary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Dimensions = table.Column<string>(type: "TEXT", nullable: false),
                    Contributions = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_ledger_tables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statistics_ledger_tables_statistics_releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "statistics_releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statistics_ledger_cells",
                columns: table => new
                {
                    TableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<bool>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_ledger_cells", x => new { x.TableId, x.Index });
                    table.ForeignKey(
                        name: "FK_statistics_ledger_cells_statistics_ledger_tables_TableId",
                        column: x => x.TableId,
                        principalTable: "statistics_ledger_tables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "statistics_ledger_head",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_facts_Type_Date",
                table: "statistics_facts",
                columns: new[] { "Type", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_facts_Type_Episode",
                table: "statistics_facts",
                columns: new[] { "Type", "Episode" });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_facts_Type_Subject_Date",
                table: "statistics_facts",
                columns: new[] { "Type", "Subject", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_ledger_tables_Indicator_PeriodFrom_PeriodTo",
                table: "statistics_ledger_tables",
                columns: new[] { "Indicator", "PeriodFrom", "PeriodTo" });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_ledger_tables_ReleaseId_Sequence",
                table: "statistics_ledger_tables",
                columns: new[] { "ReleaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statistics_releases_PeriodFrom_PeriodTo_Version",
                table: "statistics_releases",
                columns: new[] { "PeriodFrom", "PeriodTo", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_facts");

            migrationBuilder.DropTable(
                name: "statistics_inbox");

            migrationBuilder.DropTable(
                name: "statistics_indicator_definitions");

            migrationBuilder.DropTable(
                name: "statistics_ledger_cells");

            migrationBuilder.DropTable(
                name: "statistics_ledger_head");

            migrationBuilder.DropTable(
                name: "statistics_ledger_tables");

            migrationBuilder.DropTable(
                name: "statistics_releases");
        }
    }
}
