namespace NetBalanceSim.Kernel;

/// <summary>
/// A process: an iterator of events that the simulation steps through, resuming it each time the event it
/// yielded has been processed. The process is itself an event that succeeds when the iterator ends, so other
/// processes can wait on it.
/// </summary>
/// <remarks>
/// <para>A process starts at the time it is created (an <see cref="EventPriority.Urgent"/> initialize event).
/// If it yields an event that has already been processed, it is resumed at once.</para>
/// <para>Faults: if the event a process waited on failed, or the process was interrupted, the fault is
/// delivered on resumption; the process takes it with <see cref="HandleFault"/> before its next
/// <c>yield</c>. A fault that is not taken, or an exception thrown by the iterator, ends the process as
/// failed with that exception, which then propagates to whoever waits on the process (or out of
/// <see cref="Simulation.Run()"/> if nobody does).</para>
/// </remarks>
public sealed class Process : Event
{
    private readonly IEnumerator<Event> _body;
    private Event? _target;
    private Exception? _fault;

    internal Process(Simulation simulation, IEnumerable<Event> body, string? name)
        : base(simulation, EventKind.Process)
    {
        ArgumentNullException.ThrowIfNull(body);
        _body = body.GetEnumerator();
        Name = name;
        var start = new Initialize(simulation);
        start.AddCallbackObject(this);
    }

    /// <summary>The process's name, for diagnostics.</summary>
    public string? Name { get; }

    /// <summary>True until the process has ended (successfully or not).</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process is waiting on, or null when it is running or has ended.</summary>
    public Event? Target => _target;

    /// <summary>
    /// Takes the fault delivered when the process was last resumed: the exception of the event it waited on,
    /// or an <see cref="InterruptException"/>. Call it right after a <c>yield</c> that can fault.
    /// </summary>
    /// <returns>The fault, or null if the last resumption delivered none.</returns>
    public Exception? HandleFault()
    {
        var fault = _fault;
        _fault = null;
        return fault;
    }

    /// <summary>
    /// Interrupts the process: it stops waiting on its target and is resumed urgently at the current time with
    /// an <see cref="InterruptException"/> as its fault.
    /// </summary>
    /// <param name="cause">Why the process is interrupted; available as <see cref="InterruptException.Cause"/>.</param>
    /// <exception cref="InvalidOperationException">The process has ended, or it tries to interrupt itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException($"Cannot interrupt process '{Name}': it has already ended.");
        }
        if (ReferenceEquals(Simulation.ActiveProcess, this))
        {
            throw new InvalidOperationException($"Process '{Name}' cannot interrupt itself.");
        }
        var interruption = new Interruption(Simulation, new InterruptException(cause));
        interruption.AddCallback(DeliverInterrupt);
    }

    /// <inheritdoc />
    public override string ToString() => $"Process({Name ?? "unnamed"}, {(IsAlive ? "alive" : "ended")})";

    private void DeliverInterrupt(Event interruption)
    {
        if (!IsAlive)
        {
            return;
        }
        _target?.RemoveCallbackObject(this);
        _target = null;
        Resume(interruption);
    }

    /// <summary>Runs the iterator up to its next wait; called when the awaited event is processed.</summary>
    internal void Resume(Event trigger)
    {
        var simulation = Simulation;
        var previous = simulation.ActiveProcess;
        simulation.ActiveProcess = this;
        StepUntilWaiting(trigger);
        simulation.ActiveProcess = previous;
    }

    private void StepUntilWaiting(Event trigger)
    {
        while (true)
        {
            if (!trigger.IsOkUnchecked)
            {
                trigger.IsDefused = true;
                _fault = trigger.Exception;
            }
            bool hasNext;
            try
            {
                hasNext = _body.MoveNext();
            }
            catch (Exception ex)
            {
                End(false, ex);
                return;
            }
            if (_fault is not null)
            {
                End(false, HandleFault());
                return;
            }
            if (!hasNext)
            {
                End(true, null);
                return;
            }
            var next = _body.Current;
            if (next is null || !ReferenceEquals(next.Simulation, Simulation))
            {
                End(false, new InvalidOperationException(
                    $"Process '{Name}' yielded {(next is null ? "null" : "an event of another simulation")}; it must yield events of its own simulation."));
                return;
            }
            if (!next.IsProcessed)
            {
                _target = next;
                next.AddCallbackObject(this);
                return;
            }
            trigger = next;
        }
    }

    private void End(bool ok, object? valueOrException)
    {
        _target = null;
        _body.Dispose();
        if (ok)
        {
            Succeed(valueOrException);
        }
        else
        {
            Fail((Exception)valueOrException!);
        }
    }

    /// <summary>The urgent event that starts a process.</summary>
    private sealed class Initialize : Event
    {
        public Initialize(Simulation simulation)
            : base(simulation, EventKind.Initialize)
        {
            SetOutcome(true, null);
            simulation.Schedule(this, 0, EventPriority.Urgent);
        }
    }

    /// <summary>The urgent, already defused failure that delivers an interrupt.</summary>
    private sealed class Interruption : Event
    {
        public Interruption(Simulation simulation, InterruptException interrupt)
            : base(simulation, EventKind.Interruption)
        {
            SetOutcome(false, interrupt);
            IsDefused = true;
            simulation.Schedule(this, 0, EventPriority.Urgent);
        }
    }
}
