using System.Text.Json;

namespace NetBalanceSim.Experiments.Output;

/// <summary>What sequential stopping (<c>--precision</c>) did, as <c>manifest.json</c> records it under <c>precision</c>.</summary>
/// <param name="HalfWidth">The target H of the relative runtime's 95% half-width at every point.</param>
/// <param name="MaxRepetitions">The most repetitions it allowed (<c>--max-reps</c>).</param>
/// <param name="Batches">The repetitions per point after each batch, the first being the scenario's (or <c>--reps</c>); the last is what the tables hold.</param>
/// <param name="WorstHalfWidth">The largest half-width over the points at the end (infinite with one repetition).</param>
public sealed record PrecisionRecord(double HalfWidth, int MaxRepetitions, IReadOnlyList<int> Batches, double WorstHalfWidth)
{
    /// <summary>The repetitions per point reached.</summary>
    public int Repetitions => Batches[^1];

    /// <summary>Whether every point's half-width is at most <see cref="HalfWidth"/> (false: stopped at <see cref="MaxRepetitions"/>).</summary>
    public bool Met => WorstHalfWidth <= HalfWidth;

    /// <summary>Writes the record as the manifest's <c>precision</c> object.</summary>
    /// <param name="json">The manifest's writer, inside its top-level object.</param>
    public void WriteTo(Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject("precision");
        json.WriteNumber("halfWidth", HalfWidth);
        json.WriteNumber("maxRepetitions", MaxRepetitions);
        json.WriteNumber("repetitions", Repetitions);
        json.WriteStartArray("batches");
        foreach (var batch in Batches)
        {
            json.WriteNumberValue(batch);
        }
        json.WriteEndArray();
        if (double.IsFinite(WorstHalfWidth))
        {
            json.WriteNumber("worstHalfWidth", WorstHalfWidth);
        }
        else
        {
            json.WriteNull("worstHalfWidth");
        }
        json.WriteBoolean("met", Met);
        json.WriteEndObject();
    }
}
