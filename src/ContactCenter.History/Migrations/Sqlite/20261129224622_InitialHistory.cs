using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactCenter.History.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_days",
                columns: table => new
                {
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkSeconds = table.Column<double>(type: "REAL", nullable: false),
                    HoldSeconds = table.Column<double>(type: "REAL", nullable: false),
                    WrapUpSeconds = table.Column<double>(type: "REAL", nullable: false),
                    NotReadySeconds = table.Column<double>(type: "REAL", nullable: false),
                    LoggedInSeconds = table.Column<double>(type: "REAL", nullable: false),
                    NotReadyByReason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agent_days", x => new { x.AgentId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    AlertId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    QueueId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.AlertId);
                });

            migrationBuilder.CreateTable(
                name: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "calls",
                columns: table => new
                {
                    CallId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    QueueId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CallerNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Disposition = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    GrainState = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calls", x => x.CallId);
                });

            migrationBuilder.CreateTable(
                name: "queue_intervals",
                columns: table => new
                {
                    QueueId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Offered = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    Abandoned = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortAbandoned = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredWithinThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    AbandonedAfterThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    Dialed = table.Column<int>(type: "INTEGER", nullable: false),
                    Handled = table.Column<int>(type: "INTEGER", nullable: false),
                    TransferredIn = table.Column<int>(type: "INTEGER", nullable: false),
                    TransferredOut = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    HandleTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_intervals", x => new { x.QueueId, x.Start });
                });

            migrationBuilder.CreateIndex(
                name: "IX_agent_days_Day",
                table: "agent_days",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_alerts_RaisedAt",
                table: "alerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_At",
                table: "audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_calls_EndedAt",
                table: "calls",
                column: "EndedAt");

            migrationBuilder.CreateIndex(
                name: "IX_calls_QueueId_EndedAt",
                table: "calls",
                columns: new[] { "QueueId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_queue_intervals_Start",
                table: "queue_intervals",
                column: "Start");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_days");

            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "audit");

            migrationBuilder.DropTable(
                name: "calls");

            migrationBuilder.DropTable(
                name: "queue_intervals");
        }
    }
}
