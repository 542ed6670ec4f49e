namespace NetBalance;

/// <summary>One vnode migration of a transition phi -&gt; phi'.</summary>
/// <param name="Vnode">The migrated vnode.</param>
/// <param name="FromVm">Its VM under phi (the source).</param>
/// <param name="ToVm">Its VM under phi' (the destination).</param>
public readonly record struct Migration(int Vnode, int FromVm, int ToVm);
