namespace NetBalance;

/// <summary>The vnodes on each VM, as unordered lists with O(1) add and remove, for drawing a random vnode of a VM.</summary>
/// <remarks>
/// Order within a list depends only on the sequence of moves, never on hashing, so draws stay
/// deterministic. Lists grow by doubling, so steady-state moves allocate nothing.
/// </remarks>
internal sealed class VmMembership
{
    private readonly int[][] lists;
    private readonly int[] counts;
    private readonly int[] position;

    public VmMembership(int vmCount, int[] vmOf)
    {
        counts = new int[vmCount];
        foreach (var vm in vmOf)
        {
            counts[vm]++;
        }

        lists = new int[vmCount][];
        for (var m = 0; m < vmCount; m++)
        {
            lists[m] = new int[Math.Min(Math.Max(1, vmOf.Length), Math.Max(64, counts[m] * 4))];
            counts[m] = 0;
        }

        position = new int[vmOf.Length];
        for (var v = 0; v < vmOf.Length; v++)
        {
            Add(v, vmOf[v]);
        }
    }

    public int Count(int vm) => counts[vm];

    public int Member(int vm, int index) => lists[vm][index];

    public void Move(int vnode, int fromVm, int toVm)
    {
        var list = lists[fromVm];
        var last = list[--counts[fromVm]];
        var index = position[vnode];
        list[index] = last;
        position[last] = index;
        Add(vnode, toVm);
    }

    private void Add(int vnode, int vm)
    {
        if (counts[vm] == lists[vm].Length)
        {
            Array.Resize(ref lists[vm], lists[vm].Length * 2);
        }

        position[vnode] = counts[vm];
        lists[vm][counts[vm]++] = vnode;
    }
}
