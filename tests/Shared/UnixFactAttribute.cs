namespace NetBalanceSim.Tests;

/// <summary>A fact that needs a Unix file system (symbolic links, FIFOs, fsync of folders); reported as skipped elsewhere, with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Skips the test on Windows.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (symbolic links, FIFOs)";
        }
    }
}

/// <summary>A theory that needs a Unix file system; reported as skipped elsewhere, with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UnixTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the test on Windows.</summary>
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (symbolic links, FIFOs)";
        }
    }
}

/// <summary>A fact that mounts a small tmpfs (read-only or full file systems): needs Linux and root; reported as skipped elsewhere, with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TmpfsFactAttribute : FactAttribute
{
    /// <summary>Skips the test where tmpfs cannot be mounted.</summary>
    public TmpfsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !File.Exists("/bin/mount"))
        {
            Skip = "needs Linux and root to mount a tmpfs (read-only and full file systems)";
        }
    }
}

/// <summary>
/// A fact that interrupts a child process with SIGINT (Ctrl-C): skipped, with the reason, where this process ignores
/// SIGINT, as a background job of a non-interactive shell does; its children then ignore it too and cannot be
/// interrupted that way.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SigintFactAttribute : FactAttribute
{
    /// <summary>Skips the test on Windows and where SIGINT is ignored.</summary>
    public SigintFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix signals";
        }
        else if (SigintIgnored())
        {
            Skip = "SIGINT is ignored by this process (started as a background job), so a child cannot be interrupted with it";
        }
    }

    /// <summary>Whether bit 2 (SIGINT) is set in the <c>SigIgn</c> mask of /proc/self/status (false where there is no /proc).</summary>
    private static bool SigintIgnored()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return false;
        }
        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << 1)) != 0;
    }
}
