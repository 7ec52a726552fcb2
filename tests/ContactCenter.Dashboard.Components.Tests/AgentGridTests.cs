using ContactCenter.Dashboard.Components.Shared;

namespace ContactCenter.Dashboard.Components.Tests;

public sealed class AgentGridTests : WallboardContext
{
    private IRenderedComponent<AgentGrid> Grid(params AgentRow[] agents) =>
        Render<AgentGrid>(p => p.Add(g => g.Agents, agents).Add(g => g.Calls, []));

    private static List<string?> Rows(IRenderedComponent<AgentGrid> grid) =>
        grid.FindAll("tbody tr").Select(r => r.GetAttribute("data-testid")).ToList();

    [Fact]
    public void Logged_out_agents_are_hidden_and_the_rest_sorted_by_name()
    {
        var grid = Grid(
            FloorRows.Agent("a1", "Cleo"),
            FloorRows.Agent("a2", "Ada"),
            FloorRows.Agent("a3", "Bo", AgentState.LoggedOut));

        Assert.Equal(["agent-a2", "agent-a1"], Rows(grid));
    }

    [Fact]
    public void Sorting_by_time_in_state_puts_the_longest_first()
    {
        var grid = Grid(
            FloorRows.Agent("a1", "Ada", inState: TimeSpan.FromMinutes(2)),
            FloorRows.Agent("a2", "Bo", inState: TimeSpan.FromMinutes(9)),
            FloorRows.Agent("a3", "Cleo", inState: TimeSpan.FromMinutes(5)));

        grid.Find("[data-testid=sort-agents]").Change("time");

        Assert.Equal(["agent-a2", "agent-a3", "agent-a1"], Rows(grid));
        Assert.Equal("09:00", grid.Find("[data-testid=agent-a2] [data-testid=state-clock]").TextContent);
    }

    [Fact]
    public void Filters_by_team_and_state_narrow_the_grid()
    {
        var grid = Grid(
            FloorRows.Agent("a1", "Ada", AgentState.Talking, teamId: "t1"),
            FloorRows.Agent("a2", "Bo", AgentState.Available, teamId: "t1"),
            FloorRows.Agent("a3", "Cleo", AgentState.Talking, teamId: "t2"));

        grid.Find("[data-testid=filter-team]").Change("t1");
        grid.Find("[data-testid=filter-state]").Change("Talking");

        Assert.Equal(["agent-a1"], Rows(grid));
    }

    [Fact]
    public void A_not_ready_agent_shows_the_reason_code_in_words()
    {
        var grid = Grid(FloorRows.Agent("a1", "Ada", AgentState.NotReady) with { Reason = "lunch" });

        Assert.Equal("Not ready (lunch)", grid.Find("[data-testid=agent-a1] [data-testid=agent-state]").TextContent.Trim());
    }

    [Fact]
    public void A_raised_hand_shows_in_words_with_its_reason()
    {
        var grid = Grid(FloorRows.Agent("a1", "Ada", AgentState.Talking, hand: new AssistanceFlag("abusive caller", null, FloorRows.Now)));

        Assert.Contains("Hand up: abusive caller", grid.Find("[data-testid=agent-a1] [data-testid=agent-hand]").TextContent);
    }
}
