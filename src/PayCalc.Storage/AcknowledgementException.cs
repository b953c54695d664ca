namespace PayCalc.Storage;

/// <summary>Thrown when an acknowledgement cannot be taken (it matches no blocking exception of the run, or has no
/// reason); nothing was changed, so a typo never acknowledges something else silently.</summary>
public sealed class AcknowledgementException(string message) : Exception(message);
