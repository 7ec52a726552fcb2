using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Queues;

/// <summary>Counts logged-in agents by what they are doing.</summary>
public static class StaffingCount
{
    public static Staffing Of(IEnumerable<AgentRow> agents) => Of(agents.Select(agent => agent.State));

    public static Staffing Of(IEnumerable<AgentState> states)
    {
        int staffed = 0, available = 0, busy = 0, wrapUp = 0, notReady = 0;
        foreach (var state in states)
        {
            if (state == AgentState.LoggedOut)
            {
                continue;
            }

            staffed++;
            switch (state)
            {
                case AgentState.Available: available++; break;
                case AgentState.WrapUp: wrapUp++; break;
                case AgentState.NotReady: notReady++; break;
                default: busy++; break;
            }
        }

        return new Staffing(staffed, available, busy, wrapUp, notReady);
    }

    /// <summary>Whether two states count the same in <see cref="Staffing"/>: ringing, talking and on hold are all busy.</summary>
    public static bool SameClass(AgentState a, AgentState b) => Class(a) == Class(b);

    private static AgentState Class(AgentState state) => state switch
    {
        AgentState.LoggedOut or AgentState.Available or AgentState.WrapUp or AgentState.NotReady => state,
        _ => AgentState.Talking,
    };

    public static Staffing Sum(IEnumerable<Staffing> parts)
    {
        int staffed = 0, available = 0, busy = 0, wrapUp = 0, notReady = 0;
        foreach (var s in parts)
        {
            staffed += s.Staffed;
            available += s.Available;
            busy += s.Busy;
            wrapUp += s.WrapUp;
            notReady += s.NotReady;
        }

        return new Staffing(staffed, available, busy, wrapUp, notReady);
    }
}
