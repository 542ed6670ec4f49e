using System.Diagnostics;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Bad results folders: each case prepares a folder the run may not write (a user's files, links, a foreign or damaged
/// manifest, a locked folder, a file where the folder should be), runs the real command line, and asserts exit code 2,
/// one line naming what is wrong, and that nothing at all changed under the test's folder.
/// </summary>
public sealed class ResultsFolderCorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-folder-corpus-").FullName;

    public void Dispose()
    {
        foreach (var link in new DirectoryInfo(_root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Where(e => e.LinkTarget is not null).ToList())
        {
            link.Delete();
        }
        Directory.Delete(_root, recursive: true);
    }

    private string Out => Path.Combine(_root, "out");

    private string Outside => Path.Combine(_root, "outside");

    /// <summary>Each case: what it puts in the folder, the extra arguments, and what the one-line message must contain.</summary>
    private static readonly Dictionary<string, (Action<ResultsFolderCorpusTests> Setup, string[] Args, string Expected)> Cases = new(StringComparer.Ordinal)
    {
        ["user file"] = (t => t.Put("notes.txt", "mine"), [], "holds files NetBalanceSim did not write (e.g. notes.txt)"),
        ["user hidden file"] = (t => t.Put(".notes", "mine"), [], "(e.g. .notes)"),
        ["user subfolder"] = (t => Directory.CreateDirectory(Path.Combine(t.Out, "data")), [], "(e.g. data)"),
        ["user runs.csv"] = (t => t.Put("runs.csv", "a,b\n"), [], "runs.csv: not written by NetBalanceSim"),
        ["user runs.csv, other files allowed"] = (t => t.Put("runs.csv", "a,b\n"), ["--allow-other-files"], "runs.csv: not written by NetBalanceSim"),
        ["user summary.csv"] = (t => t.Put("summary.csv", "x"), ["--allow-other-files"], "summary.csv: not written by NetBalanceSim"),
        ["user tau-trace.csv"] = (t => t.Put("tau-trace.csv", "x"), ["--allow-other-files"], "tau-trace.csv: not written by NetBalanceSim"),
        ["user journal.jsonl"] = (t => t.Put("journal.jsonl", "{\"Plan\":\"x\"}\n"), ["--allow-other-files"], "journal.jsonl: not written by NetBalanceSim"),
        ["user journal.jsonl, resume"] = (t => t.Put("journal.jsonl", "my notes\n"), ["--allow-other-files", "--resume"], "journal.jsonl: not written by NetBalanceSim"),
        ["user manifest.json"] = (t => t.Put("manifest.json", "{ \"files\": [\"notes.txt\"] }"), [], "manifest.json: not a manifest NetBalanceSim wrote (no \"tool\""),
        ["user manifest.json listing a file, forced"] = (t => { t.Put("manifest.json", "{ \"files\": [\"precious.txt\", \"manifest.json\"] }"); t.Put("precious.txt", "keep"); }, ["--force", "--allow-other-files"], "not a manifest NetBalanceSim wrote"),
        ["manifest not JSON"] = (t => t.Put("manifest.json", "{ oops"), [], "not a manifest NetBalanceSim wrote (not valid JSON)"),
        ["manifest empty"] = (t => t.Put("manifest.json", ""), [], "not a manifest NetBalanceSim wrote (not valid JSON)"),
        ["manifest array"] = (t => t.Put("manifest.json", "[]"), [], "(no \"tool\": \"NetBalanceSim\")"),
        ["manifest other tool"] = (t => t.Put("manifest.json", "{ \"tool\": \"SEM\", \"format\": 2, \"files\": [] }"), [], "(no \"tool\": \"NetBalanceSim\")"),
        ["manifest without format"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"files\": [] }"), [], "no known \"format\""),
        ["manifest format 1"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 1, \"files\": [] }"), [], "no known \"format\""),
        ["manifest format text"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": \"2\", \"files\": [] }"), [], "no known \"format\""),
        ["manifest newer format"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 9, \"files\": [] }"), [], "written by a newer NetBalanceSim (manifest format 9"),
        ["manifest without files"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2 }"), [], "no \"files\" list"),
        ["manifest file with a path"] = (t => t.Put("manifest.json", Manifest("../outside/victim.txt")), [], "a malformed \"files\" entry"),
        ["manifest file absolute"] = (t => t.Put("manifest.json", Manifest("/etc/passwd")), [], "a malformed \"files\" entry"),
        ["manifest file dot-dot"] = (t => t.Put("manifest.json", Manifest("..")), [], "a malformed \"files\" entry"),
        ["manifest file with a control character"] = (t => t.Put("manifest.json", Manifest("a\\u0001b")), [], "a malformed \"files\" entry"),
        ["manifest lists itself"] = (t => t.Put("manifest.json", Manifest("manifest.json")), [], "a malformed \"files\" entry"),
        ["manifest bad checksum"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"files\": [ { \"name\": \"runs.csv\", \"sha256\": \"xyz\" } ] }"), [], "a malformed \"files\" entry"),
        ["manifest duplicate file"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"files\": [ " + Entry("a") + ", " + Entry("a") + " ] }"), [], "a malformed \"files\" entry"),
        ["manifest bad stale"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"files\": [], \"stale\": [\"../x\"] }"), [], "a malformed \"stale\" entry"),
        ["manifest deeply nested"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"files\": [], \"x\": " + new string('[', 5000) + new string(']', 5000) + " }"), [], "not a manifest NetBalanceSim wrote (not valid JSON)"),
        ["manifest too large"] = (t => t.Put("manifest.json", new string(' ', (16 << 20) + 1)), [], "larger than any manifest it writes"),
        ["manifest is a folder"] = (t => Directory.CreateDirectory(Path.Combine(t.Out, "manifest.json")), [], "manifest.json: not a manifest NetBalanceSim wrote (it is a folder)"),
        ["reference of another plan"] = (t => t.Put("manifest.json", "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"complete\": true, \"reference\": true, \"plan\": \"another\", \"files\": [] }"), [], "holds reference results of another plan"),
        ["journal of another plan, resume"] = (t => t.Put("journal.jsonl", "{\"Tool\":\"NetBalanceSim\",\"Journal\":2,\"Plan\":\"another\"}\n"), ["--resume"], "belongs to another scenario or sweep"),
        ["out is a file"] = (t => { Directory.CreateDirectory(t._root); File.WriteAllText(t.Out, "x"); }, [], "is a file, expected a results folder"),
        ["out under a file"] = (t => { File.WriteAllText(Path.Combine(t._root, "file"), "x"); }, ["-o", "{root}/file/sub"], "cannot create the results folder"),
        ["out is empty"] = (_ => { }, ["-o", ""], "--out: an empty path; expected a results folder"),
        ["out is blank"] = (_ => { }, ["-o", "  "], "--out: an empty path; expected a results folder"),
        ["out is a device"] = (_ => { }, ["-o", "/dev/null"], "/dev/null: is a file, expected a results folder"),
        ["out in /proc"] = (_ => { }, ["-o", "/proc/nbs-corpus"], "cannot create the results folder"),
    };

    /// <summary>Cases with symbolic links: the name, the link's name in the folder.</summary>
    private static readonly string[] LinkNames = ["runs.csv", "summary.csv", "tau-trace.csv", "manifest.json", "journal.jsonl", ".netbalance-sim.lock", ".netbalance-sim.holder"];

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    public static TheoryData<string> Links => [.. LinkNames];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Run_IntoABadFolder_IsRefusedOnOneLineAndChangesNothing(string name)
    {
        var (setup, extra, expected) = Cases[name];
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "victim.txt"), "outside");
        Directory.CreateDirectory(Out);
        if (name.StartsWith("out ", StringComparison.Ordinal))
        {
            Directory.Delete(Out);
        }
        setup(this);
        var args = extra.Select(a => a.Replace("{root}", _root, StringComparison.Ordinal)).ToList();

        AssertRefused([.. (args.Contains("-o") ? new[] { "run", QuickScenario() } : ["run", QuickScenario(), "-o", Out]), .. args], expected);
    }

    [UnixFact]
    public void Run_WhileAnotherWriterHoldsTheFolder_IsRefusedNamingIt()
    {
        Directory.CreateDirectory(Out);
        var scenario = QuickScenario();
        using var held = FolderLock.Acquire(Out, "process 4242: netbalance-sim sweep mine.json");

        AssertRefused(["run", scenario, "-o", Out], "in use by another NetBalanceSim run (process 4242: netbalance-sim sweep mine.json)");
        AssertRefused(["run", scenario, "-o", Out, "--resume"], "in use by another NetBalanceSim run");
        AssertRefused(["sweep", scenario, "-o", Out], "in use by another NetBalanceSim run");
    }

    [UnixTheory]
    [MemberData(nameof(Links))]
    public void Run_WithALinkInTheFolder_NeverWritesThroughIt(string link)
    {
        Directory.CreateDirectory(Outside);
        var victim = Path.Combine(Outside, "victim.txt");
        File.WriteAllText(victim, "outside");
        Directory.CreateDirectory(Out);
        var scenario = QuickScenario();
        File.CreateSymbolicLink(Path.Combine(Out, link), victim);

        AssertRefused(["run", scenario, "-o", Out, "--allow-other-files"], $"{link}: is a symbolic link");
        Assert.Equal("outside", File.ReadAllText(victim));
    }

    [Fact]
    public void Plot_AUsersFigureFile_IsNeverReplaced()
    {
        Directory.CreateDirectory(Out);
        Put("tau-trace.csv", "variant,repetition,realSeconds,virtualSeconds,tau,cause\nnetbalance,0,0,0,2,start\nnetbalance,0,10,5,2,end\nbaseline,0,0,0,2,start\nbaseline,0,10,5,2,end\n");
        Put("fig5.png", "my own picture");

        AssertRefused(["plot", Out, "--figure", "fig5"], "fig5.png: not written by NetBalanceSim");
    }

    [TmpfsFact]
    public void Run_OnAReadOnlyFileSystem_IsRefusedOnOneLine()
    {
        using var mount = TmpfsMount.Create(Path.Combine(_root, "ro"), "size=1m,ro");
        AssertRefused(["run", QuickScenario(), "-o", Path.Combine(mount.Path, "out")], "cannot create the results folder (Read-only file system");
    }

    [TmpfsFact]
    public void Run_IntoAnExistingFolderOnAFileSystemMadeReadOnly_IsRefusedOnOneLine()
    {
        using var mount = TmpfsMount.Create(Path.Combine(_root, "ro-later"), "size=1m");
        var output = Path.Combine(mount.Path, "out");
        var scenario = QuickScenario();
        Assert.Equal(0, CliRunner.Run("run", scenario, "-o", output).ExitCode);
        mount.Remount("remount,ro");

        AssertRefused(["run", scenario, "-o", output, "--reps", "2"], "cannot be created or locked (Read-only file system");
    }

    [TmpfsFact]
    public void Run_OnAFullDisk_KeepsThePreviousCompleteResults()
    {
        using var mount = TmpfsMount.Create(Path.Combine(_root, "full"), "size=256k");
        var output = Path.Combine(mount.Path, "out");
        var scenario = QuickScenario();
        Assert.Equal(0, CliRunner.Run("run", scenario, "--reps", "1", "-o", output).ExitCode);
        var before = FolderSnapshot.Of(output);
        // Fill the disk but for a few kilobytes: the next run's tables (two repetitions) no longer fit.
        using (var filler = new FileStream(Path.Combine(mount.Path, "filler"), FileMode.CreateNew))
        {
            var block = new byte[4096];
            try
            {
                while (true)
                {
                    filler.Write(block);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
            }
        }
        File.Delete(Path.Combine(mount.Path, "filler"));
        using (var filler = new FileStream(Path.Combine(mount.Path, "filler"), FileMode.CreateNew))
        {
            filler.Write(new byte[(256 << 10) - (new DirectoryInfo(mount.Path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) + (24 << 10))]);
        }

        var (exitCode, stdout, stderr) = CliRunner.Run("run", scenario, "--reps", "3", "-o", output);

        Assert.Equal(2, exitCode);
        var error = Assert.Single(stderr.TrimEnd().Split('\n'), line => line.StartsWith("netbalance-sim: ", StringComparison.Ordinal));
        Assert.Matches("^netbalance-sim: .*cannot write the results \\(No space left on device.*the previous results are unchanged$", error);
        _ = stdout;
        Assert.Equal(before, FolderSnapshot.Of(output).Where(e => !e.StartsWith("journal.jsonl", StringComparison.Ordinal)));
        Assert.Null(FolderInventory.Read(output).Inconsistency);
    }

    private void AssertRefused(string[] args, string expected)
    {
        var before = FolderSnapshot.Of(_root);
        var (exitCode, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("netbalance-sim: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"System\.|Exception", line);
        Assert.Equal(before, FolderSnapshot.Of(_root));
    }

    private void Put(string name, string content) => File.WriteAllText(Path.Combine(Out, name), content);

    private static string Entry(string name) => $"{{ \"name\": \"{name}\", \"sha256\": \"{new string('0', 64)}\" }}";

    private static string Manifest(string name) => "{ \"tool\": \"NetBalanceSim\", \"format\": 2, \"files\": [ " + Entry(name) + " ] }";

    private string QuickScenario() => RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 1, """);

    /// <summary>A small tmpfs mounted for a test (needs root on Linux), unmounted on dispose.</summary>
    private sealed class TmpfsMount : IDisposable
    {
        private TmpfsMount(string path) => Path = path;

        public string Path { get; }

        public static TmpfsMount Create(string path, string options)
        {
            Directory.CreateDirectory(path);
            Assert.True(RunTool("/bin/mount", "-t", "tmpfs", "-o", options, "tmpfs", path), $"mount -t tmpfs -o {options} failed");
            return new TmpfsMount(path);
        }

        public void Remount(string options) => Assert.True(RunTool("/bin/mount", "-o", options, Path), $"mount -o {options} failed");

        public void Dispose() => RunTool("/bin/umount", "-l", Path);

        private static bool RunTool(string tool, params string[] args)
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
    }
}
