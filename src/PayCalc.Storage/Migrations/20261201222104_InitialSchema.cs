using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PayCalc.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adjustment",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    corrected_period = table.Column<string>(type: "TEXT", nullable: false),
                    paid_in = table.Column<string>(type: "TEXT", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    line_code = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    before = table.Column<decimal>(type: "TEXT", nullable: false),
                    after = table.Column<decimal>(type: "TEXT", nullable: false),
                    audit_entry_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adjustment", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entry",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    time = table.Column<string>(type: "TEXT", nullable: false),
                    user = table.Column<string>(type: "TEXT", nullable: false),
                    command = table.Column<string>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", nullable: true),
                    detail = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "period_state",
                columns: table => new
                {
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_period_state", x => x.period);
                });

            migrationBuilder.CreateTable(
                name: "run",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    plan_code = table.Column<string>(type: "TEXT", nullable: false),
                    plan_version = table.Column<string>(type: "TEXT", nullable: false),
                    plan_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<string>(type: "TEXT", nullable: false),
                    agent_count = table.Column<int>(type: "INTEGER", nullable: false),
                    gross_total = table.Column<decimal>(type: "TEXT", nullable: false),
                    net_total = table.Column<decimal>(type: "TEXT", nullable: false),
                    settings = table.Column<string>(type: "TEXT", nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    common_facts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "schema_version",
                columns: table => new
                {
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schema_version", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "payroll_flag",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payroll_flag", x => x.id);
                    table.ForeignKey(
                        name: "FK_payroll_flag_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payslip",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    team = table.Column<string>(type: "TEXT", nullable: false),
                    gross = table.Column<decimal>(type: "TEXT", nullable: false),
                    net = table.Column<decimal>(type: "TEXT", nullable: false),
                    lines = table.Column<string>(type: "TEXT", nullable: false),
                    adjustments = table.Column<string>(type: "TEXT", nullable: false),
                    trace = table.Column<string>(type: "TEXT", nullable: false),
                    facts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payslip", x => x.id);
                    table.ForeignKey(
                        name: "FK_payslip_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_agent",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    team = table.Column<string>(type: "TEXT", nullable: false),
                    hire_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    probation_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    termination_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    base_salary = table.Column<decimal>(type: "TEXT", nullable: false),
                    city = table.Column<string>(type: "TEXT", nullable: true),
                    contribution_base = table.Column<decimal>(type: "TEXT", nullable: true),
                    housing_fund_rate = table.Column<decimal>(type: "TEXT", nullable: true),
                    special_additional_deduction = table.Column<decimal>(type: "TEXT", nullable: true),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_agent", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_agent_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_component",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    formula = table.Column<string>(type: "TEXT", nullable: false),
                    is_true_false = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_component", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_component_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_deal",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    deal_id = table.Column<string>(type: "TEXT", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    booked_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", nullable: false),
                    term_months = table.Column<int>(type: "INTEGER", nullable: false),
                    cancelled_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_deal", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_deal_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_input_file",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_input_file", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_input_file_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_leave",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    leave_type = table.Column<string>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_leave", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_leave_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_metric",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    numbers = table.Column<string>(type: "TEXT", nullable: false),
                    texts = table.Column<string>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_metric", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_metric_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_shift",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    agent_id = table.Column<string>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    entries = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_shift", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_shift_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "run_team_metric",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    team = table.Column<string>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", nullable: false),
                    source_sheet = table.Column<string>(type: "TEXT", nullable: false),
                    source_row = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_team_metric", x => x.id);
                    table.ForeignKey(
                        name: "FK_run_team_metric_run_run_id",
                        column: x => x.run_id,
                        principalTable: "run",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adjustment_corrected_period",
                table: "adjustment",
                column: "corrected_period");

            migrationBuilder.CreateIndex(
                name: "IX_adjustment_paid_in",
                table: "adjustment",
                column: "paid_in");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entry_period",
                table: "audit_entry",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "IX_payroll_flag_run_id",
                table: "payroll_flag",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_payslip_run_id_agent_id",
                table: "payslip",
                columns: new[] { "run_id", "agent_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_period",
                table: "run",
                column: "period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_agent_run_id_agent_id",
                table: "run_agent",
                columns: new[] { "run_id", "agent_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_component_run_id_code",
                table: "run_component",
                columns: new[] { "run_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_run_deal_run_id",
                table: "run_deal",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_run_input_file_run_id",
                table: "run_input_file",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_run_leave_run_id",
                table: "run_leave",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_run_metric_run_id",
                table: "run_metric",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_run_shift_run_id",
                table: "run_shift",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_run_team_metric_run_id",
                table: "run_team_metric",
                column: "run_id");

            // schema_version marks the file as PayCalc's and names its version (what the versions before migrations
            // checked); every migration that changes the schema adds its row, in the migration's own transaction.
            migrationBuilder.Sql(
                $"INSERT INTO schema_version (version, applied_at) VALUES ({SchemaVersion}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));");
        }

        /// <summary>The schema version this migration creates (<see cref="PayCalcDbContext.SchemaVersion"/> when it was written).</summary>
        public const int SchemaVersion = 3;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adjustment");

            migrationBuilder.DropTable(
                name: "audit_entry");

            migrationBuilder.DropTable(
                name: "payroll_flag");

            migrationBuilder.DropTable(
                name: "payslip");

            migrationBuilder.DropTable(
                name: "period_state");

            migrationBuilder.DropTable(
                name: "run_agent");

            migrationBuilder.DropTable(
                name: "run_component");

            migrationBuilder.DropTable(
                name: "run_deal");

            migrationBuilder.DropTable(
                name: "run_input_file");

            migrationBuilder.DropTable(
                name: "run_leave");

            migrationBuilder.DropTable(
                name: "run_metric");

            migrationBuilder.DropTable(
                name: "run_shift");

            migrationBuilder.DropTable(
                name: "run_team_metric");

            migrationBuilder.DropTable(
                name: "schema_version");

            migrationBuilder.DropTable(
                name: "run");
        }
    }
}
