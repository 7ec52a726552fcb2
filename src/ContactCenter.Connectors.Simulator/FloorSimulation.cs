using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ContactCenter.Contracts.Events;

namespace ContactCenter.Connectors.Simulator;

/// <summary>
/// A seeded, deterministic model of a contact-center floor: Poisson arrivals per queue, callers who abandon,
/// agents who ring, talk, hold, transfer, wrap up, take breaks and raise their hand. It is a discrete-event
/// simulation, so the events depend only on the options, the seed and the start, never on how often
/// <see cref="Advance"/> is called. It emits only events valid for the receiving system's state machines.
/// </summary>
public sealed partial class FloorSimulation
{
    private const double ExtraQueueShare = 0.5;
    private const int MaxTransfersPerCall = 3;

    private readonly SimulatorOptions options;
    private readonly Random random;
    private readonly string idPrefix;
    private readonly SimAgent[] agents;
    private readonly SimIdleAgents idle;
    private readonly string[] queueIds;
    private readonly Dictionary<long, SimCall> calls = [];
    private readonly List<SimCall> waiting = [];
    private readonly PriorityQueue<SimStep, (long Ticks, long Order)> steps = new();
    private List<FloorEvent> batch = [];
    private long stepOrder;
    private long eventSequence;
    private long callSequence;
    private bool loggedIn;
    private bool dispatchNeeded;

    public FloorSimulation(SimulatorOptions options, DateTimeOffset start)
        : this(options, options?.Seed ?? throw new ArgumentNullException(nameof(options)), start)
    {
    }

    public FloorSimulation(SimulatorOptions options, int seed, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        this.options = options;
        Seed = seed;
        Start = start.ToUniversalTime();
        Clock = Start;
        random = new Random(seed);
        // The start is part of every id: a host that restarts with the same seed must not reuse the ids of its last run.
        idPrefix = string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{Start:yyyyMMdd'T'HHmmss}");
        queueIds = [.. Enumerable.Range(1, options.Queues).Select(q => $"q{q}")];
        agents = [.. Enumerable.Range(1, options.Agents).Select(CreateAgent)];
        idle = new SimIdleAgents(options.Queues);
        foreach (var agent in agents)
        {
            idle.Add(agent);
        }

        ScheduleFirstArrivals();
    }

    public int Seed { get; }

    public DateTimeOffset Start { get; }

    /// <summary>The time the floor has been advanced to.</summary>
    public DateTimeOffset Clock { get; private set; }

    /// <summary>Calls waiting, ringing or connected; finished calls are dropped so memory stays bounded.</summary>
    public int ActiveCalls => calls.Count;

    /// <summary>Calls waiting in a queue for an agent.</summary>
    public int WaitingCalls => waiting.Count;

    /// <summary>Every event whose time came after the last call and at or before <paramref name="now"/>, in time order, each at its own simulated time.</summary>
    public IReadOnlyList<FloorEvent> Advance(DateTimeOffset now)
    {
        if (now < Start)
        {
            return [];
        }

        if (!loggedIn)
        {
            loggedIn = true;
            foreach (var agent in agents)
            {
                Emit(FloorEventType.AgentLoggedIn, Start, agent: agent);
            }

            dispatchNeeded = true;
        }

        var until = now.UtcTicks;
        while (steps.TryPeek(out var step, out var when) && when.Ticks <= until)
        {
            steps.Dequeue();
            var at = new DateTimeOffset(when.Ticks, TimeSpan.Zero);
            Run(step, at);
            Dispatch(at);
        }

        if (now > Clock)
        {
            Clock = now.ToUniversalTime();
        }

        var done = batch;
        batch = [];
        return done;
    }

    private SimAgent CreateAgent(int index)
    {
        var primary = (index - 1) % options.Queues;
        int[] served = [primary];
        if (options.Queues > 1 && random.Chance(ExtraQueueShare))
        {
            var extra = random.Next(options.Queues - 1);
            served = [primary, extra >= primary ? extra + 1 : extra];
        }

        var team = $"t{((index - 1) % options.Teams) + 1}";
        return new SimAgent(index - 1, $"a{index}", SimCatalog.AgentName(index), team, served);
    }

    private void ScheduleFirstArrivals()
    {
        for (var queue = 0; queue < queueIds.Length; queue++)
        {
            ScheduleArrival(queue, Start);
        }
    }

    private void ScheduleArrival(int queue, DateTimeOffset after)
    {
        var rate = QueueRatePerSecond(queue);
        if (rate > 0)
        {
            Schedule(after, random.Exponential(1 / rate), new SimStep(SimStepKind.Arrival, queue));
        }
    }

    /// <summary>The floor rate split over queues by falling weights (2M, 2M-1, ...), so the first queues are busier.</summary>
    private double QueueRatePerSecond(int queue)
    {
        var m = queueIds.Length;
        var totalWeight = (m * ((2 * m) + (m + 1))) / 2.0;
        return options.CallsPerHour / 3600 * ((2 * m) - queue) / totalWeight;
    }

    private void Schedule(DateTimeOffset from, double seconds, SimStep step)
    {
        // Whole milliseconds keep timestamps tidy on the wire; never earlier than now, so time only moves forward.
        var at = from.UtcTicks + (long)Math.Round(Math.Max(0, seconds) * 1000) * TimeSpan.TicksPerMillisecond;
        steps.Enqueue(step, (at, stepOrder++));
    }
}
