using ContactCenter.Contracts.Floor;

namespace ContactCenter.Domain.Queues;

/// <summary>Counts logged-in agents by what they are doing.</summary>
public static class StaffingCount
{
    public static Staffing Of(IEnumerable<AgentRow> agents)
    {
        int staffed = 0, available = 0, busy = 0, wrapUp = 0, notReady = 0;
        foreach (var agent in agents)
        {
            if (agent.State == AgentState.LoggedOut)
            {
                continue;
            }

            staffed++;
            switch (agent.State)
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
