using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetBalanceSim.Kernel;

/// <summary>
/// The future event list: a binary min-heap of (time, priority, sequence) keys. The order is total, so equal
/// times are broken by priority and then by insertion, never by the heap's layout.
/// </summary>
/// <remarks>
/// The heap holds reference-free nodes (time, key, slot); the events sit in a slot array that the heap never
/// moves, so sifting copies plain 24-byte structs without GC write barriers. Nothing is allocated once the
/// arrays have grown to the largest queue length.
/// </remarks>
internal sealed class EventQueue
{
    private const int SequenceBits = 47;
    private const long MaxSequence = (1L << SequenceBits) - 1;

    private Node[] _heap = new Node[64];
    private EventSlot[] _slots = new EventSlot[64];
    private int[] _freeSlots = new int[64];
    private int _freeCount;
    private long _nextSequence;

    public int Count { get; private set; }

    public double PeekTime => Count == 0 ? double.PositiveInfinity : _heap[0].Time;

    /// <summary>Adds an event at <paramref name="time"/>; <paramref name="priority"/> must be 0..<see cref="EventPriority.Max"/>.</summary>
    public void Enqueue(Event ev, double time, int priority)
    {
        if (_nextSequence > MaxSequence)
        {
            throw new InvalidOperationException("The simulation has scheduled more than 2^47 events.");
        }
        if (Count == _heap.Length)
        {
            Grow();
        }
        var slot = _freeCount > 0 ? _freeSlots[--_freeCount] : Count;
        _slots[slot].Event = ev;
        SiftUp(Count++, new Node(time, ((long)priority << SequenceBits) | _nextSequence++, slot));
    }

    /// <summary>Removes the first entry: its event, time and combined priority/sequence key.</summary>
    public Event Dequeue(out double time, out long key)
    {
        var first = _heap[0];
        var count = --Count;
        if (count > 0)
        {
            SiftDown(_heap[count], count);
        }
        ref var slot = ref _slots[first.Slot];
        var ev = slot.Event!;
        slot.Event = null;
        _freeSlots[_freeCount++] = first.Slot;
        time = first.Time;
        key = first.Key;
        return ev;
    }

    private void Grow()
    {
        var size = _heap.Length * 2;
        Array.Resize(ref _heap, size);
        Array.Resize(ref _slots, size);
        Array.Resize(ref _freeSlots, size);
    }

    private void SiftUp(int index, Node node)
    {
        ref var heap = ref MemoryMarshal.GetArrayDataReference(_heap);
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            ref var parentNode = ref Unsafe.Add(ref heap, parent);
            if (!Precedes(node, parentNode))
            {
                break;
            }
            Unsafe.Add(ref heap, index) = parentNode;
            index = parent;
        }
        Unsafe.Add(ref heap, index) = node;
    }

    /// <summary>
    /// Fills the hole left at the root: moves the smaller child up level by level to a leaf (no comparison
    /// with <paramref name="node"/> on the way down), then sifts <paramref name="node"/>, the former last
    /// entry, up from there; it usually belongs near the bottom, so that takes few steps.
    /// </summary>
    private void SiftDown(Node node, int count)
    {
        ref var heap = ref MemoryMarshal.GetArrayDataReference(_heap);
        var index = 0;
        var child = 1;
        while (child + 1 < count)
        {
            // Branch-free choice of the smaller child: the comparison's outcome is unpredictable.
            child += Unsafe.BitCast<bool, byte>(Precedes(Unsafe.Add(ref heap, child + 1), Unsafe.Add(ref heap, child)));
            Unsafe.Add(ref heap, index) = Unsafe.Add(ref heap, child);
            index = child;
            child = (2 * index) + 1;
        }
        if (child < count)
        {
            Unsafe.Add(ref heap, index) = Unsafe.Add(ref heap, child);
            index = child;
        }
        SiftUp(index, node);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Precedes(in Node a, in Node b) => (a.Time < b.Time) | ((a.Time == b.Time) & (a.Key < b.Key));

    private readonly record struct Node(double Time, long Key, int Slot);

    /// <summary>A struct around the reference, so storing it skips the covariant array-store check.</summary>
    private struct EventSlot
    {
        public Event? Event;
    }
}
