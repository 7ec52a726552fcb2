using System.Text.Json.Serialization;

namespace ContactCenter.Contracts.Alerts;

/// <summary>The rules of DOMAIN.md that raise alerts; the names are the wire names.</summary>
[JsonConverter(typeof(WireEnumConverter<AlertRule>))]
public enum AlertRule
{
    AssistanceRequested,
    LongHold,
    RepeatedHold,
    LongCall,
    QueueWait,
    ServiceLevel,
    VipWaiting,
    MultipleTransfers,
    LongWrapUp,
    LongNotReady,
    AgentStrain,
}
