using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <summary>
    /// Schema 7. A month-to-date preview (<c>paycalc preview</c>) in tables of its own - <c>preview</c>, its teams' inputs
    /// (<c>preview_team</c>), which team holds each agent (<c>preview_agent</c>) and its rule files
    /// (<c>preview_rule_file</c>) - so it is never read as a run.
    /// </summary>
    public partial class MonthPreviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "preview",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    data_as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    plan_code = table.Column<string>(type: "TEXT", nullable: false),
                    plan_version = table.Column<string>(type: "TEXT", nullable: false),
                    plan_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    agents = table.Column<int>(type: "INTEGER", nullable: false),
                    gross = table.Column<string>(type: "TEXT", nullable: false),
                    net = table.Column<string>(type: "TEXT", nullable: false),
                    exceptions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preview", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "preview_agent",
                columns: table => new
                {
                    preview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    team = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preview_agent", x => new { x.preview_id, x.agent_id });
                    table.ForeignKey(
                        name: "FK_preview_agent_preview_preview_id",
                        column: x => x.preview_id,
                        principalTable: "preview",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "preview_rule_file",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    preview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preview_rule_file", x => x.id);
                    table.ForeignKey(
                        name: "FK_preview_rule_file_preview_preview_id",
                        column: x => x.preview_id,
                        principalTable: "preview",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_preview_rule_file_rule_file_sha256",
                        column: x => x.sha256,
                        principalTable: "rule_file",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "preview_team",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    preview_id = table.Column<long>(type: "INTEGER", nullable: false),
                    team = table.Column<string>(type: "TEXT", nullable: false),
                    document = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preview_team", x => x.id);
                    table.ForeignKey(
                        name: "FK_preview_team_preview_preview_id",
                        column: x => x.preview_id,
                        principalTable: "preview",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_preview_rule_file_preview_id_path",
                table: "preview_rule_file",
                columns: new[] { "preview_id", "path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_preview_rule_file_sha256",
                table: "preview_rule_file",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_preview_team_preview_id_team",
                table: "preview_team",
                columns: new[] { "preview_id", "team" },
                unique: true);

            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates.</summary>
        public const int SchemaVersion = 7;


        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"DELETE FROM schema_version WHERE version = {SchemaVersion};");

            migrationBuilder.DropTable(
                name: "preview_agent");

            migrationBuilder.DropTable(
                name: "preview_rule_file");

            migrationBuilder.DropTable(
                name: "preview_team");

            migrationBuilder.DropTable(
                name: "preview");
        }
    }
}
