using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

/// <summary>Bad input to the renderer is a one-line <see cref="FigureException"/> naming the file (and line), and writes no picture.</summary>
public sealed class FigureRendererErrorTests : IDisposable
{
    private readonly SyntheticResults _results = new();

    public void Dispose() => _results.Dispose();

    [Fact]
    public void Render_MissingFolder()
    {
        var missing = Path.Combine(_results.Root, "nope");

        AssertOneLine(() => FigureRenderer.Render(missing), $"{missing}: no such results folder.");
    }

    [Fact]
    public void Render_MissingSummary_NamesTheFile()
    {
        var folder = _results.Folder("fig7");
        File.Delete(Path.Combine(folder, "summary.csv"));

        AssertOneLine(() => FigureRenderer.Render(folder), $"{Path.Combine(folder, "summary.csv")}: no such file.");
    }

    [Fact]
    public void Render_MissingTauTrace_NamesTheFile()
    {
        var folder = _results.Folder("fig5");
        File.Delete(Path.Combine(folder, "tau-trace.csv"));

        AssertOneLine(() => FigureRenderer.Render(folder), $"{Path.Combine(folder, "tau-trace.csv")}: no such file.");
    }

    [Fact]
    public void Render_MalformedSummary_NamesTheLine()
    {
        var folder = _results.Folder("fig8");
        var path = Path.Combine(folder, "summary.csv");
        var lines = File.ReadAllLines(path);
        lines[3] = lines[3].Replace(",3,", ",three,", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        AssertOneLine(() => FigureRenderer.Render(folder), $"{path}:4: column 'n' holds 'three', not a number.");
    }

    [Fact]
    public void Render_SummaryWithoutTheXColumn_SaysWhichKeyIsMissing()
    {
        var folder = _results.Folder("fig7");

        AssertOneLine(() => FigureRenderer.Render(folder, "fig6"),
            $"{Path.Combine(folder, "summary.csv")}:1: no swept key 'ToSeconds' (fig6's x); the swept keys are [TpSeconds, topology].");
    }

    [Fact]
    public void Render_TwoRowsForOnePoint_NamesBothLines()
    {
        var folder = _results.Folder("fig9");
        var path = Path.Combine(folder, "summary.csv");
        File.AppendAllText(path, File.ReadAllLines(path)[1] + "\n");
        var last = File.ReadAllLines(path).Length;

        var message = AssertOneLine(() => FigureRenderer.Render(folder), null);

        Assert.StartsWith($"{path}:{last}: a second row for RateMbps = '5', TpSeconds = 1 (first on line 2)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownFigureId_ListsTheKnownOnes()
    {
        var folder = _results.Folder("fig7");

        AssertOneLine(() => FigureRenderer.Render(folder, "fig11"), "unknown figure 'fig11' (known: fig5, fig6, fig7, fig8, fig9, fig10, strategies, strategies-tradeoff, learned-to, predictors, predictors-error).");
    }

    [Fact]
    public void Render_ManifestOfAScenarioThatIsNoFigure_AsksForAnId()
    {
        var folder = _results.Folder("fig7");
        var manifest = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifest, """{ "scenario": { "name": "default" } }""");

        AssertOneLine(() => FigureRenderer.Render(folder),
            $"{manifest}: scenario 'default' is not one of the figures; pass a figure id (fig5, fig6, fig7, fig8, fig9, fig10, strategies, strategies-tradeoff, learned-to, predictors, predictors-error).");
    }

    [Fact]
    public void Render_NoManifest_AsksForAnId()
    {
        var folder = _results.Folder("fig7");
        File.Delete(Path.Combine(folder, "manifest.json"));

        AssertOneLine(() => FigureRenderer.Render(folder),
            $"{folder}: no manifest.json to say which figure this is; pass a figure id (fig5, fig6, fig7, fig8, fig9, fig10, strategies, strategies-tradeoff, learned-to, predictors, predictors-error).");
    }

    [Fact]
    public void Render_BrokenManifest_IsOneLine()
    {
        var folder = _results.Folder("fig7");
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{ \"scenario\": \n");

        var message = AssertOneLine(() => FigureRenderer.Render(folder), null);

        Assert.StartsWith($"{Path.Combine(folder, "manifest.json")}: not valid JSON", message, StringComparison.Ordinal);
    }

    private static string AssertOneLine(Func<RenderedFigure> render, string? expected)
    {
        var error = Assert.Throws<FigureException>(() => render());
        if (expected is not null)
        {
            Assert.Equal(expected, error.Message);
        }
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
