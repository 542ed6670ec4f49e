namespace NetBalanceSim.Cli.Tests;

public sealed class ProgressLineTests
{
    private double _seconds;

    private ProgressLine Make(StringWriter output, int total, bool terminal) =>
        new(output, "fig7", total, terminal, () => TimeSpan.FromSeconds(_seconds));

    [Fact]
    public void Redirected_output_gets_a_plain_line_at_most_every_five_seconds_and_the_last_one()
    {
        using var output = new StringWriter();
        var progress = Make(output, 4, terminal: false);
        _seconds = 10;
        progress.Report(1);
        _seconds = 12;
        progress.Report(2);
        _seconds = 20;
        progress.Report(3);
        _seconds = 21;
        progress.Report(4);

        // 1 of 4 done in 10 s: 30 s left; 3 of 4 in 20 s: about 7 s left (6.67 rounds to 7).
        Assert.Equal(
            "fig7: 1/4 done, 10.0 s elapsed, about 30 s left\n" +
            "fig7: 3/4 done, 20.0 s elapsed, about 7 s left\n" +
            "fig7: 4/4 done, 21.0 s elapsed, about 0 s left\n",
            output.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void The_estimate_follows_the_share_of_the_work_not_the_count()
    {
        using var output = new StringWriter();
        var progress = Make(output, 10, terminal: false);
        _seconds = 30;
        ((IProgress<double>)progress).Report(0.75);
        progress.Report(2);

        // 75% of the work in 30 s: 10 s left, although only 2 of 10 repetitions are done.
        Assert.Equal("fig7: 2/10 done, 30.0 s elapsed, about 10 s left\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_terminal_gets_one_bar_redrawn_in_place_and_a_final_line()
    {
        using var output = new StringWriter();
        var progress = Make(output, 4, terminal: true);
        _seconds = 90;
        progress.Report(1);
        _seconds = 90.1;
        progress.Report(2);
        _seconds = 180;
        progress.Report(4);

        // 1 of 4 in 90 s: 270 s = 4 min 30 s left; 6 of 24 cells filled.
        var first = "[######..................] fig7: 1/4 repetitions, 1 min 30 s elapsed, about 4 min 30 s left";
        var last = "[########################] fig7: 4/4 repetitions, 3 min 00 s elapsed, done";
        var padding = new string(' ', first.Length - last.Length);
        Assert.Equal($"\r{first}\r{last}{padding}{Environment.NewLine}", output.ToString());
    }

    [Fact]
    public void Pause_clears_the_bar_for_other_output_and_draws_it_again()
    {
        using var output = new StringWriter();
        var progress = Make(output, 2, terminal: true);
        _seconds = 10;
        progress.Report(1);
        output.GetStringBuilder().Clear();
        using (progress.Pause())
        {
            output.WriteLine("wrote results/fig5");
        }

        var bar = "[############............] fig7: 1/2 repetitions, 10 s elapsed, about 10 s left";
        Assert.Equal($"\r{new string(' ', bar.Length)}\rwrote results/fig5{Environment.NewLine}\r{bar}", output.ToString());
    }

    [Fact]
    public void Pause_writes_nothing_on_plain_lines()
    {
        using var output = new StringWriter();
        var progress = Make(output, 2, terminal: false);
        _seconds = 10;
        progress.Report(1);
        output.GetStringBuilder().Clear();
        using (progress.Pause())
        {
            output.Write("x");
        }

        Assert.Equal("x", output.ToString());
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59.4, "59 s")]
    [InlineData(65, "1 min 05 s")]
    [InlineData(3599, "59 min 59 s")]
    [InlineData(3720, "1 h 02 min")]
    public void Durations_read_as_a_person_would_say_them(double seconds, string expected) =>
        Assert.Equal(expected, ProgressLine.Duration(seconds));
}
