using System.ComponentModel.DataAnnotations;

namespace ContactCenter.Connectors.Simulator;

/// <summary>
/// Shape and pace of the built-in traffic simulator (configuration section <see cref="SectionName"/>).
/// Every figure is a default a demo or a load test may change; the floor is deterministic for a seed and a start time.
/// </summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    public bool Enabled { get; set; } = true;

    public int Seed { get; set; } = 42;

    [Range(1, 100_000)]
    public int Agents { get; set; } = 60;

    [Range(1, 1_000)]
    public int Queues { get; set; } = 4;

    [Range(1, 1_000)]
    public int Teams { get; set; } = 4;

    /// <summary>Inbound arrivals per hour across the whole floor, split unevenly over the queues.</summary>
    [Range(0, 10_000_000)]
    public double CallsPerHour { get; set; } = 900;

    [Range(0, 1)]
    public double VipShare { get; set; } = 0.05;

    [Range(0, 1)]
    public double HighValueShare { get; set; } = 0.15;

    [Range(1, 86_400)]
    public double MeanTalkSeconds { get; set; } = 240;

    /// <summary>Spread of the log-normal talk time; the mean stays <see cref="MeanTalkSeconds"/>.</summary>
    [Range(0, 3)]
    public double TalkSigma { get; set; } = 0.6;

    /// <summary>Chance that a call is held at least once; each further hold is as likely again.</summary>
    [Range(0, 0.95)]
    public double HoldProbability { get; set; } = 0.25;

    [Range(0.1, 86_400)]
    public double MeanHoldSeconds { get; set; } = 45;

    /// <summary>Mean of the exponential time a waiting caller stays before abandoning.</summary>
    [Range(0.1, 86_400)]
    public double PatienceMeanSeconds { get; set; } = 90;

    [Range(0, 1)]
    public double WrapUpProbability { get; set; } = 0.8;

    [Range(0.1, 86_400)]
    public double MeanWrapUpSeconds { get; set; } = 30;

    /// <summary>Chance per answered call that the agent raises a hand.</summary>
    [Range(0, 1)]
    public double AssistanceProbability { get; set; } = 0.02;

    /// <summary>Chance per answered call that the agent transfers it to another queue instead of ending it.</summary>
    [Range(0, 1)]
    public double TransferProbability { get; set; } = 0.03;

    /// <summary>Chance after a call that the agent goes not-ready.</summary>
    [Range(0, 1)]
    public double BreakProbability { get; set; } = 0.05;

    [Range(0.01, 1_440)]
    public double MeanBreakMinutes { get; set; } = 10;

    /// <summary>
    /// Start the day at <see cref="OpeningTime"/> and generate the hours before now at once, so a
    /// demo opens on a floor with a morning behind it. Off: the floor starts empty, now.
    /// </summary>
    public bool Backfill { get; set; } = true;

    /// <summary>When the site opens, in its own time zone (Floor:TimeZone). Started before it, there is no morning to fill.</summary>
    public TimeOnly OpeningTime { get; set; } = new(8, 0);

    /// <summary>How often the hosted simulator advances the floor and flushes a batch.</summary>
    [Range(10, 3_600_000)]
    public int TickMilliseconds { get; set; } = 250;
}
