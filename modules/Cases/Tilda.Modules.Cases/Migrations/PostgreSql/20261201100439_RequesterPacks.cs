using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tilda.Modules.Cases.Migrations.PostgreSql
{
    /// <inheritdoc />
    internal partial class RequesterPacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitGrantedOn",
                schema: "cases",
                table: "person_snapshots",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidencePermitGround",
                schema: "cases",
                table: "person_snapshots",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResidencePermitGrantedOn",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidencePermitGround",
                schema: "cases",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResidencePermitGrantedOn",
                schema: "cases",
                table: "person_snapshots");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGround",
                schema: "cases",
                table: "person_snapshots");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGrantedOn",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "ResidencePermitGround",
                schema: "cases",
                table: "cases");
        }
    }
}
