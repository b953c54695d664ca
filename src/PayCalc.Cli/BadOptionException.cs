namespace PayCalc.Cli;

/// <summary>An option or setting has a value PayCalc cannot use; the message says which and what is accepted.</summary>
public sealed class BadOptionException(string message) : Exception(message);
