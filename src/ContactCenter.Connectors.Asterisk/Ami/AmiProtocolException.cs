namespace ContactCenter.Connectors.Asterisk.Ami;

/// <summary>The peer broke the AMI framing (not AMI, a frame too large, cut off mid-frame): the connection cannot go on.</summary>
public sealed class AmiProtocolException(string message) : Exception(message);
