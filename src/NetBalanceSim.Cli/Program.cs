using NetBalanceSim.Cli;
using NetBalanceSim.Experiments.Output;

// Crash tests widen the publish window so that a kill lands inside it (see tests/crash/crash-trials.sh).
if (int.TryParse(Environment.GetEnvironmentVariable("NETBALANCE_SIM_PUBLISH_PAUSE_MS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pauseMs))
{
    ResultsFolder.StepPause = TimeSpan.FromMilliseconds(pauseMs);
}
return CliApp.Run(args, Console.Out, Console.Error);
