namespace NetBalanceSim.Experiments.Components;

/// <summary>One pluggable component as a scenario names it: its name, what it is, its parameter keys and its factory.</summary>
/// <typeparam name="TContext">What the factory builds the component from.</typeparam>
/// <typeparam name="T">What it builds.</typeparam>
/// <param name="Name">The name a scenario gives (e.g. <c>annealing+fresh</c>).</param>
/// <param name="Description">One line for <c>--help</c> and messages.</param>
/// <param name="Parameters">The scenario keys it reads besides the common ones.</param>
/// <param name="Create">Builds the component for one run.</param>
/// <param name="StateBytesPerSeries">
/// For a load predictor, the memory it keeps per load series (each vnode's CPU and each half-edge's rate), in bytes,
/// which the plan's memory estimate counts; null for none.
/// </param>
public sealed record Component<TContext, T>(
    string Name, string Description, IReadOnlyList<string> Parameters, Func<TContext, T> Create, Func<TContext, double>? StateBytesPerSeries = null);
