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
