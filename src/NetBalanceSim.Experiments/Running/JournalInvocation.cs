namespace NetBalanceSim.Experiments.Running;

/// <summary>A command that started or resumed a run, as its journal records it.</summary>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Version">The program's version.</param>
/// <param name="StartedUtc">When it started, ISO 8601 UTC.</param>
/// <param name="Units">The units it finished (filled in when the journal is read back).</param>
public sealed record JournalInvocation(string CommandLine, string Version, string StartedUtc, int Units = 0);
