using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Cases.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(210)", maxLength: 210, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LatestApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    Citizenships = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    GivenNames = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "bit", nullable: false),
                    PersonalIdentityCode = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    ResidenceStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Surname = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Urgent = table.Column<bool>(type: "bit", nullable: false),
                    ConsentGiven = table.Column<bool>(type: "bit", nullable: false),
                    ReferrerType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExploitationForms = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ExploitationLocation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExploitationCountries = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MinorAtTime = table.Column<bool>(type: "bit", nullable: false),
                    DependentChildren = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreviousApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_applications_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_snapshots",
                schema: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "int", nullable: true),
                    Sex = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Citizenships = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ResidenceStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_snapshots_cases_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_CaseId",
                schema: "cases",
                table: "applications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_PreviousApplicationId",
                schema: "cases",
                table: "applications",
                column: "PreviousApplicationId",
                unique: true,
                filter: "[PreviousApplicationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cases_LatestApplicationId",
                schema: "cases",
                table: "cases",
                column: "LatestApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DeliveredAt_OccurredAt",
                schema: "cases",
                table: "outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_person_snapshots_CaseId",
                schema: "cases",
                table: "person_snapshots",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applications",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "person_snapshots",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "cases");
        }
    }
}
