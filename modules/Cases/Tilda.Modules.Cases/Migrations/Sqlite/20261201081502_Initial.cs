using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 210, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LatestApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Citizenships = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GivenNames = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "INTEGER", nullable: false),
                    PersonalIdentityCode = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    ResidenceStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferrerType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExploitationForms = table.Column<string>(type: "TEXT", nullable: false),
                    ExploitationLocation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExploitationCountries = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MinorAtTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    DependentChildren = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_applications_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases_person_snapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Citizenships = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResidenceStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HasMunicipalityOfResidence = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases_person_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_person_snapshots_cases_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_CaseId",
                table: "cases_applications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_applications_PreviousApplicationId",
                table: "cases_applications",
                column: "PreviousApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_cases_LatestApplicationId",
                table: "cases_cases",
                column: "LatestApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_outbox_messages_DeliveredAt_OccurredAt",
                table: "cases_outbox_messages",
                columns: new[] { "DeliveredAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_person_snapshots_CaseId",
                table: "cases_person_snapshots",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases_applications");

            migrationBuilder.DropTable(
                name: "cases_outbox_messages");

            migrationBuilder.DropTable(
                name: "cases_person_snapshots");

            migrationBuilder.DropTable(
                name: "cases_cases");
        }
    }
}
