using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <summary>
    /// Schema 5. Rule snapshots: every run keeps the exact bytes of every rule file it was computed with (plan, included
    /// files, city profiles, calendars). <c>rule_file</c> holds each distinct content once, keyed by its SHA-256;
    /// <c>run_rule_file</c> lists a run's files by path relative to the rules folder. Runs stored before have none.
    /// </summary>
    public partial class RuleSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rule_file",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_file", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "run_rule_file",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_rule_file", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_rule_file_rule_file_sha256",
                        column: x => x.sha256,
                        principalTable: "rule_file",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_run_rule_file_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_run_rule_file_run_id_path",
                table: "run_rule_file",
                columns: new[] { "run_id", "path" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_rule_file_sha256",
                table: "run_rule_file",
                column: "sha256");

            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates.</summary>
        public const int SchemaVersion = 5;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_rule_file");

            migrationBuilder.DropTable(
                name: "rule_file");

            migrationBuilder.Sql($"DELETE FROM schema_version WHERE version = {SchemaVersion};");
        }
    }
}
