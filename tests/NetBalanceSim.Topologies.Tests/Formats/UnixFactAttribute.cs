namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>A fact that is reported as skipped, with the reason, on Windows, where its files cannot be made.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system: named pipes (mkfifo) and symbolic links to /dev/zero cannot be made on Windows";
        }
    }
}
