namespace NetBalance;

/// <summary>The rate of one directed link <c>From -&gt; To</c>, in Mbit/s of virtual time.</summary>
/// <param name="From">The sending vnode.</param>
/// <param name="To">The receiving vnode; must be a neighbour of <paramref name="From"/>.</param>
/// <param name="RateMbps">The rate f(From -&gt; To) in Mbit/s per virtual second.</param>
public readonly record struct DirectedLinkRate(int From, int To, double RateMbps);
