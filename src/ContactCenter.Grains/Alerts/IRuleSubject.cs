using ContactCenter.Grains.Recovery;

namespace ContactCenter.Grains.Alerts;

/// <summary>A grain with a <see cref="RuleTimer"/>: the silo's <see cref="RuleSchedule"/> sends it its turns.</summary>
public interface IRuleSubject : IWakeGrain
{
    /// <summary>
    /// The moment its rule timer was armed for has come: the grain judges its rules, activated
    /// from storage if its activation had gone.
    /// </summary>
    Task RulesDue();
}
