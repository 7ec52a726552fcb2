namespace ContactCenter.Domain.Configuration;

/// <summary>A rule's warning and critical levels, in the rule's unit (seconds or a count).</summary>
public sealed class Threshold
{
    public Threshold()
    {
    }

    public Threshold(double warning, double critical)
    {
        Warning = warning;
        Critical = critical;
    }

    public double Warning { get; set; }

    public double Critical { get; set; }
}
