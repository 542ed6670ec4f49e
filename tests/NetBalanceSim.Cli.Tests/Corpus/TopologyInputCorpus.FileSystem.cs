namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Paths that are not a readable topology file: wrong names, nothing, folders, pipes, devices.</summary>
internal static partial class TopologyInputCorpus
{
    private static IEnumerable<CorpusCase> FileSystemCases() =>
    [
        CorpusCase.Text("fs unknown extension", "links.csv", "0,1\n", null, "unknown format '.csv'"),
        CorpusCase.Text("fs no extension", "links", "0 1\n", null, "unknown format '(no extension)'"),
        CorpusCase.Text("fs unknown extension that looks close", "links.edge", "0 1\n", null, "unknown format '.edge'"),
        CorpusCase.Special("fs missing edges", "missing.edges", CorpusKind.Missing, "file not found"),
        CorpusCase.Special("fs missing graphml", "missing.graphml", CorpusKind.Missing, "file not found"),
        CorpusCase.Special("fs missing with lone surrogate in name", "x\uD800y.gml", CorpusKind.Missing, "file not found") with { AlsoRun = false },
        CorpusCase.Special("fs directory named edges", "x.edges", CorpusKind.Directory, "is a directory"),
        CorpusCase.Special("fs directory named gml", "x.gml", CorpusKind.Directory, "is a directory"),
        CorpusCase.Text("fs empty edges", "empty.edges", "", null, Empty),
        CorpusCase.Text("fs empty graphml", "empty.graphml", "", null, Empty),
        CorpusCase.Text("fs empty gml", "empty.gml", "", null, Empty),
        CorpusCase.Text("fs empty net", "empty.net", "", null, Empty),
        CorpusCase.Text("fs empty mtx", "empty.mtx", "", null, Empty),
        CorpusCase.Special("fs FIFO edges", "pipe.edges", CorpusKind.Fifo, Empty),
        CorpusCase.Special("fs FIFO graphml", "pipe.graphml", CorpusKind.Fifo, Empty),
        CorpusCase.Special("fs symlink to /dev/zero", "zero.edges", CorpusKind.Symlink, Empty, "/dev/zero"),
        CorpusCase.Special("fs symlink to /dev/null", "null.mtx", CorpusKind.Symlink, Empty, "/dev/null"),
        CorpusCase.Special("fs symlink to /dev/urandom", "random.net", CorpusKind.Symlink, Empty, "/dev/urandom"),
        CorpusCase.Special("fs symlink to a proc file", "status.gml", CorpusKind.Symlink, Empty, "/proc/self/status"),
        CorpusCase.Special("fs symlink to nothing", "dangling.edges", CorpusKind.Symlink, null, "no-such-target.edges"),
        CorpusCase.Special("fs symlink to a folder", "folder.graphml", CorpusKind.Symlink, "is a directory", "real-folder/"),
        CorpusCase.Text("fs line break in the file name", "bad\nname.edges", "0 1\n1 1\n", 2, "self-loop") with { AlsoRun = false },
    ];
}
