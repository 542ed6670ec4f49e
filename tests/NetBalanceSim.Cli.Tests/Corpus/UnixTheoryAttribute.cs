namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>A theory that is reported as skipped, with the reason, where its cases cannot be made (Windows).</summary>
internal sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system: named pipes (mkfifo), symbolic links to devices and line breaks in file names cannot be made on Windows";
        }
    }
}
