using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// A grain's wait for the exact next moment a threshold or lifecycle step falls due: no ticking,
/// no polling. Re-arming moves the one wait, which the silo's <see cref="RuleSchedule"/> keeps and
/// answers with the grain's <see cref="IRuleSubject.RulesDue"/>, a request like any other: a
/// subject whose memory a failed turn left ahead of storage drops its activation as it does for
/// any request.
/// </summary>
public sealed class RuleTimer
{
    private readonly Grain grain;
    private RuleSchedule? schedule;
    private RuleWait? wait;

    public RuleTimer(Grain grain)
    {
        if (grain is not IRuleSubject)
        {
            throw new ArgumentException($"{grain.GetType().Name} has a rule timer and must be an {nameof(IRuleSubject)}, so the schedule can send it its turn", nameof(grain));
        }

        this.grain = grain;
    }

    public void Arm(DateTimeOffset? at)
    {
        if (wait is null)
        {
            if (at is null)
            {
                return;
            }

            schedule = grain.GrainContext.ActivationServices.GetRequiredService<RuleSchedule>();
            wait = new RuleWait(grain.AsReference<IRuleSubject>());
        }

        schedule!.Arm(wait, at);
    }
}
