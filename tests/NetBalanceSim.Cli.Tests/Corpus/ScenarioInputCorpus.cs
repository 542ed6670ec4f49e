using System.Text;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Bad scenario files and command lines, by name. The inputs live here rather than in the theories' data so that
/// test discovery never serialises a lone surrogate, a NUL or a 100,000-character string.
/// </summary>
internal static class ScenarioInputCorpus
{
    /// <summary>A valid scenario's first keys (on the test's three-vertex path topology), to which a case adds one key.</summary>
    private const string Head = """{ "description": "d", "topology": "path.edges", "repetitions": 1, "sinkChanges": 1""";

    /// <summary>Scenario file contents, by case name; each one must be refused by <c>sweep FILE</c>.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = BuildFiles();

    /// <summary>
    /// Command lines, by case name, with <c>{good}</c> (a valid scenario), <c>{swept}</c> (a valid sweep over TpSeconds),
    /// <c>{path}</c> (the topology), <c>{out}</c> (the output that must not appear) and <c>{folder}</c>; a lone
    /// surrogate is written <c>{D800}</c>. ParseError: System.CommandLine's own error, which may add the help hint.
    /// </summary>
    public static IReadOnlyDictionary<string, (string[] Args, bool ParseError)> Commands { get; } = BuildCommands();

    private static string With(string json) => Head + ", " + json + " }";

    private static Dictionary<string, string> BuildFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Malformed JSON.
            ["empty file"] = "",
            ["only whitespace"] = " \n\t ",
            ["truncated after brace"] = "{",
            ["truncated after colon"] = """{ "description": "d", "TpSeconds": """,
            ["truncated inside string"] = """{ "description": "d""",
            ["missing closing brace"] = """{ "description": "d", "topology": "path.edges" """,
            ["array at top level"] = "[1, 2]",
            ["string at top level"] = "\"scenario\"",
            ["null at top level"] = "null",
            ["number at top level"] = "42",
            ["double comma"] = With(""" "TpSeconds": 10,, "ToSeconds": 1"""),
            ["leading comma"] = """{ , "description": "d" }""",
            ["comma only"] = "{ , }",
            ["trailing comma in value position"] = With(""" "TpSeconds": , """),
            ["text after the object"] = """{ "description": "d" } extra""",
            ["second object"] = """{ "description": "d" } { }""",
            ["unquoted key"] = """{ description: "d" }""",
            ["single quotes"] = "{ 'description': 'd' }",
            ["unterminated block comment"] = """{ "description": "d" /* no end""",
            ["comment inside a key"] = """{ "descr/* x */iption": "d" }""",
            ["comment splitting a number"] = With(""" "TpSeconds": 1/* x */0"""),
            ["comment instead of value"] = With(""" "TpSeconds": /* nothing */ """),
            ["line comment swallowing the end"] = """{ "description": "d" // }""",
            ["exponent without digits"] = With(""" "TpSeconds": 1e"""),
            ["leading zero"] = With(""" "TpSeconds": 010"""),
            ["leading point"] = With(""" "TpSeconds": .5"""),
            ["hexadecimal number"] = With(""" "TpSeconds": 0x10"""),
            ["NaN literal"] = With(""" "TpSeconds": NaN"""),
            ["Infinity literal"] = With(""" "TpSeconds": Infinity"""),
            ["minus Infinity literal"] = With(""" "RateMbps": -Infinity"""),
            ["NUL byte between tokens"] = Head + "\0 }",
            ["raw NUL inside a string"] = """{ "description": "a""" + "\0" + """b" }""",
            ["raw line break inside a string"] = """{ "description": "a""" + "\n" + """b" }""",
            ["two byte order marks"] = "\uFEFF\uFEFF" + With(""" "TpSeconds": 10"""),
            ["byte order mark inside"] = Head + ",\uFEFF \"TpSeconds\": 10 }",
            ["invalid escape"] = """{ "description": "a\qb" }""",
            ["short unicode escape"] = """{ "description": "a\u12" }""",

            // Lone UTF-16 surrogates.
            ["lone high surrogate in name"] = With(""" "name": "\ud800" """),
            ["lone low surrogate in description"] = """{ "description": "\udc00", "topology": "path.edges" }""",
            ["lone surrogate in topology"] = """{ "description": "d", "topology": "\ud800.edges" }""",
            ["lone surrogate as a key"] = With(""" "\ud800": 1"""),
            ["lone surrogate in strategy"] = With(""" "strategy": "\udbff" """),
            ["lone surrogate in changesFromDefault"] = With(""" "changesFromDefault": ["\ud800"]"""),
            ["lone surrogate as a swept key"] = With(""" "sweep": { "\ud800": [1] }"""),
            ["lone surrogate as a setup case name"] = With(""" "sweep": { "setup": { "\ud800": { "TpSeconds": 10 } } }"""),
            ["lone surrogate as a setup key"] = With(""" "sweep": { "setup": { "a": { "\ud800": 10 } } }"""),
            ["lone surrogate in a swept value"] = With(""" "sweep": { "topology": ["path.edges", "\ud800"] }"""),
            ["lone surrogate in a wrongly typed value"] = With(""" "TpSeconds": "\ud800" """),

            // Deep nesting: the reader must stop at its depth limit, never recurse on the input's depth.
            ["100000 nested arrays"] = new string('[', 100_000),
            ["100000 nested arrays closed"] = new string('[', 100_000) + new string(']', 100_000),
            ["100000 nested objects"] = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)),
            ["deep list as a value"] = With(""" "changesFromDefault": """ + new string('[', 1_000) + new string(']', 1_000)),
            ["deep list in a sweep"] = With(""" "sweep": { "TpSeconds": """ + new string('[', 200) + "1" + new string(']', 200) + " }"),

            // Wrong types.
            ["TpSeconds as string"] = With(""" "TpSeconds": "10" """),
            ["repetitions fractional"] = """{ "description": "d", "topology": "path.edges", "repetitions": 1.5 }""",
            ["repetitions as string"] = """{ "description": "d", "topology": "path.edges", "repetitions": "3" }""",
            ["repetitions beyond long"] = """{ "description": "d", "topology": "path.edges", "repetitions": 99999999999999999999999 }""",
            ["oracle as string"] = With(""" "oracle": "true" """),
            ["oracle as number"] = With(""" "oracle": 1"""),
            ["description as number"] = """{ "description": 5, "topology": "path.edges" }""",
            ["description null"] = """{ "description": null, "topology": "path.edges" }""",
            ["changesFromDefault as string"] = With(""" "changesFromDefault": "TpSeconds" """),
            ["changesFromDefault with number"] = With(""" "changesFromDefault": [1]"""),
            ["nicMbps as string"] = With(""" "nicMbps": "none" """),
            ["topology as list"] = """{ "description": "d", "topology": ["path.edges"] }""",
            ["physicalNodes as object"] = With(""" "physicalNodes": {}"""),

            // Unknown, duplicate and missing keys.
            ["unknown key"] = With(""" "TpSecond": 10"""),
            ["key in wrong case"] = With(""" "tpseconds": 10"""),
            ["duplicate key"] = With(""" "TpSeconds": 10, "TpSeconds": 20"""),
            ["duplicate description"] = With(""" "description": "e" """),
            ["missing description"] = """{ "topology": "path.edges" }""",
            ["empty description"] = """{ "description": "", "topology": "path.edges" }""",
            ["changesFromDefault names unknown key"] = With(""" "changesFromDefault": ["nope"]"""),
            ["missing topology file"] = """{ "description": "d", "topology": "none.edges" }""",
            ["empty topology"] = """{ "description": "d", "topology": "" }""",

            // Names that would make bad results folders.
            ["name empty"] = With(""" "name": "" """),
            ["name with slash"] = With(""" "name": "a/b" """),
            ["name dot dot"] = With(""" "name": ".." """),
            ["name parent path"] = With(""" "name": "../x" """),
            ["name dot"] = With(""" "name": "." """),
            ["name with NUL"] = With(""" "name": "a\u0000b" """),
            ["name with line break"] = With(""" "name": "a\nb" """),
            ["name with bell"] = With(""" "name": "a\u0007" """),
            ["name with backslash"] = With(""" "name": "a\\b" """),
            ["name of 101 characters"] = With($""" "name": "{new string('a', 101)}" """),
            ["name with space"] = With(""" "name": "a b" """),

            // Work and memory beyond the limits.
            ["testbed of 4096 x 1024"] = With(""" "physicalNodes": 4096, "cpusPerNode": 1024"""),
            ["Tp of 1e-300"] = With(""" "TpSeconds": 1e-300, "ToSeconds": 0"""),
            ["denormal Tp"] = With(""" "TpSeconds": 1e-320, "ToSeconds": 0"""),
            ["billion moves per second for many repetitions"] = """{ "description": "d", "topology": "path.edges", "repetitions": 100000, "coordinatorMovesPerSecond": 1e9 }""",
            ["long sink interval with short Tp"] = With(""" "sinkIntervalSeconds": 1e9, "TpSeconds": 0.001, "ToSeconds": 0"""),
            ["many sink changes and repetitions"] = """{ "description": "d", "topology": "path.edges", "repetitions": 100000, "sinkChanges": 100000 }""",
            ["oracle with huge budget"] = """{ "description": "d", "topology": "path.edges", "repetitions": 100000, "sinkChanges": 100000, "oracle": true, "oracleMovesPerVnode": 1000000 }""",
            ["initial placement budget for many repetitions"] = """{ "description": "d", "topology": "path.edges", "repetitions": 100000, "initialPlacementMovesPerVnode": 1000000, "coordinatorMovesPerSecond": 1e9 }""",
        };

        // Out of range, for every number key.
        foreach (var (key, value) in new (string, string)[]
        {
            ("repetitions", "0"), ("repetitions", "100001"), ("repetitions", "-1"), ("baseSeed", "-1"),
            ("physicalNodes", "0"), ("physicalNodes", "4097"), ("cpusPerNode", "0"), ("cpusPerNode", "1025"),
            ("TpSeconds", "0"), ("TpSeconds", "-1"), ("TpSeconds", "1e308"), ("TpSeconds", "1e999"),
            ("ToSeconds", "-1"), ("ToSeconds", "11"), ("ToSeconds", "1e308"),
            ("RateMbps", "-1"), ("RateMbps", "1e308"), ("sinkChanges", "-1"), ("sinkChanges", "100001"),
            ("sinkIntervalSeconds", "0"), ("sinkIntervalSeconds", "1e308"),
            ("coordinatorMovesPerSecond", "-1"), ("coordinatorMovesPerSecond", "1e308"),
            ("changeThreshold", "-0.1"), ("changeThreshold", "1e308"),
            ("oracleMovesPerVnode", "-1"), ("oracleMovesPerVnode", "1000001"),
            ("ewmaAlpha", "0"), ("ewmaAlpha", "1.5"), ("windowMeanReports", "0"), ("windowMeanReports", "101"), ("arOrder", "0"), ("arOrder", "33"),
            ("tendencyAdaptDegree", "-0.5"), ("tendencyAdaptDegree", "2"), ("controllerLagSeconds", "-1"), ("controllerLagSeconds", "1e308"),
            ("initialPlacementMovesPerVnode", "-1"), ("initialPlacementMovesPerVnode", "1000001"),
            ("initialPlacementFullBudgetVertices", "0"), ("initialPlacementFullBudgetVertices", "2000000001"),
            ("cpuIdle", "-1"), ("cpuIdle", "1e308"), ("kFwd", "1e308"), ("sigmaIntra", "-1"), ("sigmaInterVm", "1e10"),
            ("sigmaInterPn", "1e308"), ("rho", "0"), ("rho", "2"), ("tauMin", "0.5"), ("tauMin", "1e308"),
            ("nicMbps", "0"), ("nicMbps", "1e-320"), ("nicMbps", "1e308"),
            ("MemoryMB", "-1"), ("MemoryMB", "1e308"), ("suspendMsPerVnode", "-1"), ("resumeMsPerVnode", "1e308"),
            ("snapshotMsPerMB", "-1"), ("transferSameNodeMsPerMB", "-1"), ("transferOtherNodeMsPerMB", "1e300"),
            ("restoreMsPerMB", "-1"), ("reattachMsPerVnode", "-1"),
            ("strategy", "\"annealer\""), ("predictor", "\"ewmb\""), ("chiWindow", "\"x\""), ("chiFormula", "\"x\""),
        })
        {
            files[$"{key} = {value}"] = key is "repetitions" or "sinkChanges"
                ? $$"""{ "description": "d", "topology": "path.edges", "{{key}}": {{value}} }"""
                : With($""" "{key}": {value}""");
        }

        // Bad sweeps.
        foreach (var (name, sweep) in new (string, string)[]
        {
            ("sweep as list", "[]"),
            ("sweep as number", "1"),
            ("sweep empty", "{}"),
            ("swept list empty", """{ "TpSeconds": [] }"""),
            ("swept value not a list", """{ "TpSeconds": 1 }"""),
            ("swept value of wrong type", """{ "TpSeconds": ["1"] }"""),
            ("swept value twice", """{ "TpSeconds": [1, 1] }"""),
            ("swept value out of range", """{ "TpSeconds": [0] }"""),
            ("swept value not finite", """{ "TpSeconds": [1e999] }"""),
            ("swept To above Tp", """{ "ToSeconds": [20] }"""),
            ("unknown swept key", """{ "Tpseconds": [1] }"""),
            ("repetitions swept", """{ "repetitions": [1, 2] }"""),
            ("name swept", """{ "name": ["a"] }"""),
            ("swept key twice", """{ "TpSeconds": [1], "TpSeconds": [2] }"""),
            ("every totalCpus skipped", """{ "totalCpus": [3, 5] }"""),
            ("totalCpus past physicalNodes", """{ "totalCpus": [1048576], "cpusPerNode": [1] }"""),
            ("totalCpus zero", """{ "totalCpus": [0] }"""),
            ("totalCpus and physicalNodes", """{ "totalCpus": [4], "physicalNodes": [1] }"""),
            ("swept engine value refused", """{ "rho": [2] }"""),
            ("swept testbed too large", """{ "cpusPerNode": [1024], "physicalNodes": [4096] }"""),
            ("setup empty", """{ "setup": {} }"""),
            ("setup as list", """{ "setup": [] }"""),
            ("setup case not an object", """{ "setup": { "a": 1 } }"""),
            ("setup case unknown key", """{ "setup": { "a": { "nope": 1 } } }"""),
            ("setup case unsweepable key", """{ "setup": { "a": { "repetitions": 2 } } }"""),
            ("setup case name with comma", """{ "setup": { "a,b": { "TpSeconds": 1 } } }"""),
            ("setup case name empty", """{ "setup": { "": { "TpSeconds": 1 } } }"""),
            ("setup case name with line break", """{ "setup": { "a\nb": { "TpSeconds": 1 } } }"""),
            ("setup case twice", """{ "setup": { "a": { "TpSeconds": 1 }, "a": { "TpSeconds": 2 } } }"""),
            ("setup case key twice", """{ "setup": { "a": { "TpSeconds": 1, "TpSeconds": 2 } } }"""),
            ("setup case clashes with swept key", """{ "setup": { "a": { "TpSeconds": 1 } }, "TpSeconds": [1, 2] }"""),
            ("setup case wrong type", """{ "setup": { "a": { "TpSeconds": "x" } } }"""),
            ("setup case engine value refused", """{ "setup": { "a": { "rho": 2 } } }"""),
            ("setup twice", """{ "setup": { "a": { "TpSeconds": 1 } }, "setup": { "b": { "TpSeconds": 2 } } }"""),
            ("too many points", "{ " + string.Join(", ", new[] { "TpSeconds", "RateMbps", "changeThreshold", "controllerLagSeconds" }
                .Select(k => $"\"{k}\": [{string.Join(", ", Enumerable.Range(1, 20))}]")) + " }"),
        })
        {
            files[name] = With($""" "sweep": {sweep}""");
        }

        return files;
    }

    private static Dictionary<string, (string[] Args, bool ParseError)> BuildCommands()
    {
        var commands = new Dictionary<string, (string[] Args, bool ParseError)>(StringComparer.Ordinal)
        {
            ["unknown verb"] = (["frobnicate"], true),
            ["run without scenario"] = (["run", "-o", "{out}"], true),
            ["unknown option"] = (["run", "{good}", "--frob", "-o", "{out}"], true),
            ["--reps without value"] = (["run", "{good}", "-o", "{out}", "--reps"], true),
            ["--reps 0"] = (["run", "{good}", "--reps", "0", "-o", "{out}"], false),
            ["--reps -1"] = (["run", "{good}", "--reps", "-1", "-o", "{out}"], false),
            ["--reps 100001"] = (["run", "{good}", "--reps", "100001", "-o", "{out}"], false),
            ["--reps x"] = (["run", "{good}", "--reps", "x", "-o", "{out}"], true),
            ["--reps 1.5"] = (["run", "{good}", "--reps", "1.5", "-o", "{out}"], true),
            ["--reps too large for int"] = (["run", "{good}", "--reps", "99999999999", "-o", "{out}"], true),
            ["--jobs 0"] = (["run", "{good}", "--jobs", "0", "-o", "{out}"], false),
            ["--jobs -3"] = (["run", "{good}", "--jobs", "-3", "-o", "{out}"], false),
            ["--jobs x"] = (["run", "{good}", "--jobs", "x", "-o", "{out}"], true),
            ["--seed x"] = (["run", "{good}", "--seed", "x", "-o", "{out}"], true),
            ["--seed -1"] = (["run", "{good}", "--seed", "-1", "-o", "{out}"], false),
            ["--set without ="] = (["run", "{good}", "--set", "TpSeconds", "-o", "{out}"], false),
            ["--set without key"] = (["run", "{good}", "--set", "=5", "-o", "{out}"], false),
            ["--set unknown key"] = (["run", "{good}", "--set", "Nope=1", "-o", "{out}"], false),
            ["--set key with line break"] = (["run", "{good}", "--set", "Tp\nSeconds=1", "-o", "{out}"], false),
            ["--set value with line break"] = (["run", "{good}", "--set", "TpSeconds=1\n2", "-o", "{out}"], false),
            ["--set name with line break"] = (["run", "{good}", "--set", "name=a\nb", "-o", "{out}"], false),
            ["--set name with carriage return and tab"] = (["run", "{good}", "--set", "name=a\r\tb", "-o", "{out}"], false),
            ["--set description with lone surrogate"] = (["run", "{good}", "--set", "description=a{D800}", "-o", "{out}"], false),
            ["--set name with lone surrogate"] = (["run", "{good}", "--set", "name={D800}", "-o", "{out}"], false),
            ["--set key with lone surrogate"] = (["run", "{good}", "--set", "{D800}=1", "-o", "{out}"], false),
            ["--set name .."] = (["run", "{good}", "--set", "name=..", "-o", "{out}"], false),
            ["--set name with slash"] = (["run", "{good}", "--set", "name=a/b", "-o", "{out}"], false),
            ["--set name empty"] = (["run", "{good}", "--set", "name=", "-o", "{out}"], false),
            ["--set TpSeconds NaN"] = (["run", "{good}", "--set", "TpSeconds=NaN", "-o", "{out}"], false),
            ["--set TpSeconds Infinity"] = (["run", "{good}", "--set", "TpSeconds=Infinity", "-o", "{out}"], false),
            ["--set denormal Tp"] = (["run", "{good}", "--set", "ToSeconds=0", "--set", "TpSeconds=1e-320", "-o", "{out}"], false),
            ["--set huge moves per second"] = (["run", "{good}", "--set", "repetitions=100000", "--set", "coordinatorMovesPerSecond=1e9", "-o", "{out}"], false),
            ["--set huge testbed"] = (["run", "{good}", "--set", "physicalNodes=4096", "--set", "cpusPerNode=1024", "-o", "{out}"], false),
            ["--set oracle yes"] = (["run", "{good}", "--set", "oracle=yes", "-o", "{out}"], false),
            ["--set repetitions 0"] = (["run", "{good}", "--set", "repetitions=0", "-o", "{out}"], false),
            ["--set swept key"] = (["sweep", "{swept}", "--set", "TpSeconds=2", "-o", "{out}"], false),
            ["--set swept key with --list"] = (["sweep", "{swept}", "--list", "--set", "TpSeconds=2", "-o", "{out}"], false),
            ["sweep --list of a huge testbed"] = (["sweep", "{swept}", "--list", "--set", "physicalNodes=4096", "--set", "cpusPerNode=1024", "-o", "{out}"], false),
            ["sweep --list with --reps 0"] = (["sweep", "{swept}", "--list", "--reps", "0", "-o", "{out}"], false),
            ["run of a sweep"] = (["run", "{swept}", "-o", "{out}"], false),
            ["missing scenario file"] = (["run", "{folder}/missing.json", "-o", "{out}"], false),
            ["folder as scenario"] = (["run", "{folder}", "-o", "{out}"], false),
            ["figure 11"] = (["figure", "11"], false),
            ["figure with --reps 0"] = (["figure", "7", "--reps", "0"], false),
            ["figure 5 with --seed -1"] = (["figure", "5", "--seed", "-1"], false),
            ["reproduce with --seed x"] = (["reproduce", "--seed", "x"], true),
            ["reproduce with --jobs 0"] = (["reproduce", "--jobs", "0"], false),
            ["evaluate on a huge testbed"] = (["evaluate", "-t", "{path}", "--sink", "0", "--nodes", "4096", "--cpus-per-node", "1024", "-p", "{folder}/none.csv"], false),
            ["evaluate with --nodes 5000"] = (["evaluate", "-t", "{path}", "--sink", "0", "--nodes", "5000", "-p", "{folder}/none.csv"], false),
            ["place with --cpus-per-node x"] = (["place", "-t", "{path}", "--sink", "0", "--cpus-per-node", "x", "-o", "{out}"], true),
            ["place on a huge testbed"] = (["place", "-t", "{path}", "--sink", "0", "--nodes", "4096", "--cpus-per-node", "1024", "-o", "{out}"], false),
            ["place with --seed -1"] = (["place", "-t", "{path}", "--sink", "0", "--seed", "-1", "-o", "{out}"], true),
        };
        return commands;
    }

    /// <summary>Writes text as UTF-8 without adding a byte order mark (a case's own marks stay).</summary>
    public static void Write(string path, string text) => File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
}
