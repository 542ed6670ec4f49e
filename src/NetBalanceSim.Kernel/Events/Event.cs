using System.Runtime.ExceptionServices;

namespace NetBalanceSim.Kernel;

/// <summary>
/// An event of a <see cref="Kernel.Simulation"/>: pending until it is triggered (it succeeds with a value or
/// fails with an exception), then scheduled, then processed, at which point its callbacks run in the order in
/// which they were added.
/// </summary>
/// <remarks>
/// Concepts follow SimPy and SimSharp. A process that yields an event is resumed when the event is processed.
/// A failed event that no callback defuses (a waiting process or condition defuses it by taking the failure
/// over) makes <see cref="Simulation.Run()"/> rethrow its exception. Events are not thread-safe.
/// </remarks>
public class Event
{
    private const byte Pending = 0;
    private const byte Triggered = 1;
    private const byte Processed = 2;

    // null, a Process, a Condition, an Action<Event>, or a List<object> of those when there are several.
    private object? _callbacks;
    private object? _value;
    private byte _state;
    private bool _ok;

    /// <summary>Creates a pending event; trigger it with <see cref="Succeed"/> or <see cref="Fail"/>.</summary>
    /// <param name="simulation">The simulation the event belongs to.</param>
    public Event(Simulation simulation)
        : this(simulation, EventKind.Event)
    {
    }

    private protected Event(Simulation simulation, EventKind kind)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Simulation = simulation;
        Kind = kind;
    }

    /// <summary>The simulation this event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>What kind of event this is.</summary>
    public EventKind Kind { get; }

    /// <summary>True once the event has succeeded or failed (it is then scheduled or processed).</summary>
    public bool IsTriggered => _state != Pending;

    /// <summary>True once the event has been processed and its callbacks have run.</summary>
    public bool IsProcessed => _state == Processed;

    /// <summary>True if the event succeeded; false if it failed.</summary>
    /// <exception cref="InvalidOperationException">The event has not been triggered yet.</exception>
    public bool IsOk
    {
        get
        {
            EnsureTriggered();
            return _ok;
        }
    }

    /// <summary>The value the event succeeded with, or the exception it failed with.</summary>
    /// <exception cref="InvalidOperationException">The event has not been triggered yet.</exception>
    public object? Value
    {
        get
        {
            EnsureTriggered();
            return _value;
        }
    }

    /// <summary>The exception the event failed with, or null if it succeeded or is still pending.</summary>
    public Exception? Exception => _state != Pending && !_ok ? (Exception?)_value : null;

    /// <summary>
    /// True if the failure of this event has been taken over (by a waiting process, a condition, or user code
    /// that sets it), so that it does not stop the simulation.
    /// </summary>
    public bool IsDefused { get; set; }

    /// <summary>Triggers the event as successful; it is processed at the current time.</summary>
    /// <param name="value">The event's value, handed to whoever waits on it.</param>
    /// <param name="priority">The scheduling priority (see <see cref="EventPriority"/>).</param>
    /// <returns>This event.</returns>
    /// <exception cref="InvalidOperationException">The event has already been triggered.</exception>
    public Event Succeed(object? value = null, int priority = EventPriority.Normal)
    {
        EnsurePending();
        SetOutcome(true, value);
        Simulation.Schedule(this, 0, priority);
        return this;
    }

    /// <summary>Triggers the event as failed; it is processed at the current time.</summary>
    /// <param name="exception">Why the event failed; waiting processes receive it as their fault.</param>
    /// <param name="priority">The scheduling priority (see <see cref="EventPriority"/>).</param>
    /// <returns>This event.</returns>
    /// <exception cref="InvalidOperationException">The event has already been triggered.</exception>
    public Event Fail(Exception exception, int priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(exception);
        EnsurePending();
        SetOutcome(false, exception);
        Simulation.Schedule(this, 0, priority);
        return this;
    }

    /// <summary>Adds a callback, run when the event is processed (after the callbacks added before it).</summary>
    /// <param name="callback">The callback; it receives this event.</param>
    /// <exception cref="InvalidOperationException">The event has already been processed.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddCallbackObject(callback);
    }

    /// <summary>Removes a callback added with <see cref="AddCallback"/>.</summary>
    /// <param name="callback">The callback to remove.</param>
    /// <returns>True if it was found and removed.</returns>
    public bool RemoveCallback(Action<Event> callback) => RemoveCallbackObject(callback);

    /// <inheritdoc />
    public override string ToString() => $"{Kind}({(_state == Pending ? "pending" : _ok ? "ok" : "failed")})";

    private protected void SetOutcome(bool ok, object? value)
    {
        _ok = ok;
        _value = value;
        _state = Triggered;
    }

    internal void AddCallbackObject(object callback)
    {
        if (_state == Processed)
        {
            throw new InvalidOperationException($"Cannot add a callback to {this}: it has already been processed.");
        }
        if (_callbacks is null)
        {
            _callbacks = callback;
        }
        else if (_callbacks is List<object> list)
        {
            list.Add(callback);
        }
        else
        {
            _callbacks = new List<object>(4) { _callbacks, callback };
        }
    }

    internal bool RemoveCallbackObject(object callback)
    {
        if (Equals(_callbacks, callback))
        {
            _callbacks = null;
            return true;
        }
        return _callbacks is List<object> list && list.Remove(callback);
    }

    /// <summary>The outcome without the triggered check, for the kernel's hot path.</summary>
    internal bool IsOkUnchecked => _ok;

    /// <summary>Marks the event processed and runs its callbacks; called by the simulation only.</summary>
    internal void Process()
    {
        _state = Processed;
        var callbacks = _callbacks;
        _callbacks = null;
        if (callbacks is Process process)
        {
            process.Resume(this);
        }
        else if (callbacks is List<object> list)
        {
            foreach (var callback in list)
            {
                Invoke(callback);
            }
        }
        else if (callbacks is not null)
        {
            Invoke(callbacks);
        }
        if (!_ok && !IsDefused)
        {
            ExceptionDispatchInfo.Capture((Exception)_value!).Throw();
        }
    }

    private void Invoke(object callback)
    {
        switch (callback)
        {
            case Process process:
                process.Resume(this);
                break;
            case Condition condition:
                condition.OnChildProcessed(this);
                break;
            default:
                ((Action<Event>)callback)(this);
                break;
        }
    }

    private void EnsureTriggered()
    {
        if (_state == Pending)
        {
            throw new InvalidOperationException($"{this} has not been triggered yet: it has no outcome.");
        }
    }

    private void EnsurePending()
    {
        if (_state != Pending)
        {
            throw new InvalidOperationException($"{this} has already been triggered.");
        }
    }
}
