using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Grains.Alerts;

/// <summary>
/// A grain's wait for the exact next moment a threshold or lifecycle step falls due: no ticking,
/// no polling. Re-arming moves the one wait, which the silo's <see cref="RuleSchedule"/> keeps; the
/// grain's <see cref="IRuleSubject.RulesDue"/> hands the turn to <see cref="DueAsync"/>.
/// </summary>
public sealed class RuleTimer
{
    private readonly Grain grain;
    private readonly Func<Task> onDue;
    private RuleSchedule? schedule;
    private RuleWait? wait;

    public RuleTimer(Grain grain, Func<Task> onDue)
    {
        if (grain is not IRuleSubject)
        {
            throw new ArgumentException($"{grain.GetType().Name} has a rule timer and must be an {nameof(IRuleSubject)}, so the schedule can send it its turn", nameof(grain));
        }

        this.grain = grain;
        this.onDue = onDue;
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

    /// <summary>
    /// The turn the schedule sent. On failure the activation goes, since its memory may be ahead of
    /// storage; the schedule wakes the grain again from storage, and activating re-judges and re-arms.
    /// </summary>
    public async Task DueAsync()
    {
        try
        {
            await onDue();
        }
        catch
        {
            grain.GrainContext.Deactivate(new(DeactivationReasonCode.ApplicationError, "a rule timer's turn failed"));
            throw;
        }
    }
}
