using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactCenter.History.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgentDayLatePart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_agent_days",
                table: "agent_days");

            migrationBuilder.AddColumn<bool>(
                name: "Late",
                table: "agent_days",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddPrimaryKey(
                name: "PK_agent_days",
                table: "agent_days",
                columns: new[] { "AgentId", "Day", "Late" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_agent_days",
                table: "agent_days");

            migrationBuilder.DropColumn(
                name: "Late",
                table: "agent_days");

            migrationBuilder.AddPrimaryKey(
                name: "PK_agent_days",
                table: "agent_days",
                columns: new[] { "AgentId", "Day" });
        }
    }
}
