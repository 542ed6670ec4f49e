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
