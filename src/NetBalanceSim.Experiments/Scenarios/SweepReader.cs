using System.Text.Json;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>Reads a scenario's <c>sweep</c> object: swept keys with non-empty lists of valid values.</summary>
internal static class SweepReader
{
    private static readonly string[] NotSweepable = ["name", "description", "changesFromDefault", "repetitions", "baseSeed"];

    private static readonly ScenarioKey TotalCpusKey = new(
        SweepAxis.TotalCpus, ScenarioValueKind.WholeNumber, "total CPUs of the testbed (sets physicalNodes)",
        _ => null, (s, _) => s, v => (long)v! is >= 1 and <= 1 << 20 ? null : "must be from 1 to 1048576");

    public static IReadOnlyList<SweepAxis> Read(string source, JsonElement sweep)
    {
        if (sweep.ValueKind != JsonValueKind.Object)
        {
            throw ScenarioException.ForKey(source, "sweep", "expected an object of swept keys, e.g. { \"TpSeconds\": [1, 2, 4] }");
        }
        var axes = new List<SweepAxis>();
        foreach (var property in sweep.EnumerateObject())
        {
            var propertyName = JsonText.Name(source, "sweep", property);
            var where = $"sweep.{propertyName}";
            if (propertyName == SweepAxis.Setup)
            {
                if (axes.Any(a => a.Key == SweepAxis.Setup))
                {
                    throw ScenarioException.ForKey(source, where, "appears twice");
                }
                axes.Add(new SweepAxis(SweepAxis.Setup, ReadSetups(source, where, property.Value)));
                continue;
            }

            var key = propertyName == SweepAxis.TotalCpus ? TotalCpusKey : ScenarioKeys.Find(propertyName);
            if (key is null)
            {
                throw ScenarioException.ForKey(source, where, $"unknown key; did you mean '{NetBalance.NameSuggestion.Closest(propertyName, ScenarioKeys.All.Select(k => k.Name).Append(SweepAxis.TotalCpus))}'?");
            }
            if (NotSweepable.Contains(key.Name) || axes.Any(a => a.Key == key.Name))
            {
                throw ScenarioException.ForKey(source, where, NotSweepable.Contains(key.Name) ? "cannot be swept" : "appears twice");
            }
            axes.Add(new SweepAxis(key.Name, ReadValues(source, where, key, property.Value)));
        }
        if (axes.Count == 0)
        {
            throw ScenarioException.ForKey(source, "sweep", "is empty; give at least one swept key, e.g. { \"TpSeconds\": [1, 2, 4] }, or leave sweep out");
        }
        if (axes.Any(a => a.Key == SweepAxis.TotalCpus) && axes.Any(a => a.Key == "physicalNodes"))
        {
            throw ScenarioException.ForKey(source, "sweep", "sweeps totalCpus and physicalNodes together; totalCpus sets physicalNodes");
        }
        CheckSetups(source, axes);
        return axes;
    }

    /// <summary>A setup case may not set a key that another axis sweeps (one would silently override the other).</summary>
    private static void CheckSetups(string source, List<SweepAxis> axes)
    {
        var swept = axes.Where(a => a.Key != SweepAxis.Setup).Select(a => a.Key == SweepAxis.TotalCpus ? "physicalNodes" : a.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var setup in axes.Where(a => a.Key == SweepAxis.Setup).SelectMany(a => a.Values.Cast<SetupCase>()))
        {
            var clash = setup.Values.FirstOrDefault(v => swept.Contains(v.Key)).Key;
            if (clash is not null)
            {
                throw ScenarioException.ForKey(source, $"sweep.setup.{setup.Name}.{clash}",
                    clash == "physicalNodes" && axes.Any(a => a.Key == SweepAxis.TotalCpus)
                        ? "is set by the swept totalCpus; give it in one place"
                        : "is also a swept key; give it in one place");
            }
        }
    }

    /// <summary>Reads <c>"setup": { "name": { "key": value, ... }, ... }</c>.</summary>
    private static object?[] ReadSetups(string source, string where, JsonElement cases)
    {
        if (cases.ValueKind != JsonValueKind.Object || !cases.EnumerateObject().Any())
        {
            throw ScenarioException.ForKey(source, where, "expected a non-empty object of named cases, e.g. { \"grid 8x1\": { \"topology\": \"grid\", \"physicalNodes\": 8, \"cpusPerNode\": 1 } }");
        }
        var setups = new List<object?>();
        foreach (var entry in cases.EnumerateObject())
        {
            var entryName = JsonText.Name(source, where, entry);
            var at = $"{where}.{entryName}";
            if (entryName.Length == 0 || entryName.Contains(',', StringComparison.Ordinal) || entryName.Any(char.IsControl) || setups.Any(c => ((SetupCase)c!).Name == entryName))
            {
                throw ScenarioException.ForKey(source, at, "a case needs a unique name without commas or control characters");
            }
            if (entry.Value.ValueKind != JsonValueKind.Object)
            {
                throw ScenarioException.ForKey(source, at, "expected an object of scenario keys and values");
            }
            var values = new List<KeyValuePair<string, object?>>();
            foreach (var setting in entry.Value.EnumerateObject())
            {
                var settingName = JsonText.Name(source, at, setting);
                var key = ScenarioKeys.Find(settingName) ?? throw ScenarioException.ForKey(source, $"{at}.{settingName}",
                    $"unknown key; did you mean '{NetBalance.NameSuggestion.Closest(settingName, ScenarioKeys.All.Select(k => k.Name))}'?");
                if (NotSweepable.Contains(key.Name) || values.Any(v => v.Key == key.Name))
                {
                    throw ScenarioException.ForKey(source, $"{at}.{key.Name}", NotSweepable.Contains(key.Name) ? "cannot be swept" : "appears twice");
                }
                values.Add(KeyValuePair.Create(key.Name, ReadValue(source, $"{at}.{key.Name}", key, setting.Value)));
            }
            setups.Add(new SetupCase(entryName, values));
        }
        return [.. setups];
    }

    private static object? ReadValue(string source, string where, ScenarioKey key, JsonElement element)
    {
        if (!key.TryRead(element, out var value, out var problem))
        {
            throw ScenarioException.ForKey(source, where, problem);
        }
        var invalid = key.Check(value);
        if (invalid is not null)
        {
            throw ScenarioException.ForKey(source, where, $"{invalid}; got {ScenarioFile.Show(value)}");
        }
        return value;
    }

    private static object?[] ReadValues(string source, string where, ScenarioKey key, JsonElement list)
    {
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw ScenarioException.ForKey(source, where, $"expected a non-empty list of values ({key.Expected} each)");
        }
        var values = new List<object?>();
        foreach (var element in list.EnumerateArray())
        {
            var value = ReadValue(source, where, key, element);
            if (values.Any(v => Equals(v, value)))
            {
                throw ScenarioException.ForKey(source, where, $"lists {ScenarioFile.Show(value)} twice");
            }
            values.Add(value);
        }
        return [.. values];
    }
}
