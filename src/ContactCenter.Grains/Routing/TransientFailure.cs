namespace ContactCenter.Grains.Routing;

/// <summary>
/// Failures of a grain call that pass by themselves once the cluster settles, so a batch (whose
/// events are idempotent by id) is applied again rather than refused.
/// </summary>
public static class TransientFailure
{
    public static bool Is(Exception e) =>
        e is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException || IsClusterUnsettled(e);

    /// <summary>
    /// Orleans raises a plain <see cref="OrleansException"/>, with no cause inside, when its grain
    /// directory or placement has no stable answer yet ("not stable … retry later", "no active
    /// nodes are compatible"): seen while a saturated cluster's membership changed. Subclasses
    /// (configuration errors among them) are not this.
    /// </summary>
    public static bool IsClusterUnsettled(Exception e) =>
        e.GetType() == typeof(OrleansException) && e.InnerException is null;
}
