using System.Text.Json;

namespace NetBalanceSim.Experiments.Output;

/// <summary>One command that contributed repetitions to a results folder (a run, or a resumption of it).</summary>
/// <param name="CommandLine">The command line as typed.</param>
/// <param name="Version">The program's version (with the commit it was built from).</param>
/// <param name="StartedUtc">When it started, ISO 8601 UTC.</param>
/// <param name="FinishedUtc">When it published the results, or null for an invocation that was interrupted.</param>
/// <param name="WallSeconds">Its wall time, or null if it was interrupted.</param>
/// <param name="Repetitions">The repetitions (units) it finished, or null if not counted.</param>
public sealed record Invocation(string CommandLine, string Version, string StartedUtc, string? FinishedUtc, double? WallSeconds, int? Repetitions)
{
    /// <summary>The invocation that made <paramref name="provenance"/>.</summary>
    /// <param name="provenance">A finished invocation's provenance.</param>
    /// <param name="repetitions">The repetitions it finished, if counted.</param>
    /// <returns>The invocation.</returns>
    public static Invocation Of(RunProvenance provenance, int? repetitions)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return new(provenance.CommandLine, provenance.Version, provenance.StartedUtc, provenance.FinishedUtc, provenance.WallSeconds, repetitions);
    }

    /// <summary>Writes the invocation as a JSON object.</summary>
    /// <param name="json">The writer.</param>
    public void WriteTo(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        json.WriteString("commandLine", CommandLine);
        json.WriteString("version", Version);
        json.WriteString("startedUtc", StartedUtc);
        WriteNullable(json, "finishedUtc", FinishedUtc);
        if (WallSeconds is double wall)
        {
            json.WriteNumber("wallSeconds", Math.Round(wall, 3));
        }
        else
        {
            json.WriteNull("wallSeconds");
        }
        if (Repetitions is int repetitions)
        {
            json.WriteNumber("repetitions", repetitions);
        }
        else
        {
            json.WriteNull("repetitions");
        }
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
