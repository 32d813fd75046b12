using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Cases.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RequesterPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitGrantedOn",
                table: "cases_person_snapshots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidencePermitGround",
                table: "cases_person_snapshots",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitGrantedOn",
                table: "cases_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidencePermitGround",
                table: "cases_cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResidencePermitGrantedOn",
                table: "cases_person_snapshots");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGround",
                table: "cases_person_snapshots");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGrantedOn",
                table: "cases_cases");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGround",
                table: "cases_cases");
        }
    }
}
